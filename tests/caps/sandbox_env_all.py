# sandbox
# flags: --allow-env
import os
print(os.getenv("ASP_CAPS_VAR"), os.getenv("ASP_CAPS_OTHER"), "PATH" in os.environ)
