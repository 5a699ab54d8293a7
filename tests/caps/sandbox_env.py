# sandbox
# flags: --allow-env=ASP_CAPS_VAR,ASP_CAPS_UNSET
import os
print(os.getenv("ASP_CAPS_VAR"), os.getenv("ASP_CAPS_OTHER"), os.getenv("ASP_CAPS_UNSET", "unset"))
print(os.environ)
print(os.environ.get("PATH"))
