# uncaught exception raised from another
class ConfigError(Exception):
    pass

def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e

for t in ["80", "8080"]:
    print("port", parse_port(t))
try:
    parse_port("x")
except ConfigError as e:
    print("handled:", e, "cause:", type(e.__cause__).__name__)
settings = {"host": "localhost", "port": "http"}
print("host", settings["host"])
print("parsing port")
parse_port(settings["port"])
print("never printed")
