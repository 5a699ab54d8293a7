# expect: exception ModuleNotFoundError
# sandbox: no subprocess module
import subprocess
