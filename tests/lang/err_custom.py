# uncaught custom exception class with extra attributes
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class RangeError(ValidationError):
    pass

def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not 0 <= record.get("age", 0) <= 150:
        raise RangeError("age", "out of range")
    return True

records = [{"name": "a", "age": 3}, {"age": 4}, {"name": "b", "age": 200}]
for r in records:
    try:
        print("valid:", validate(r))
    except RangeError as e:
        print("range problem in", e.field)
    except ValidationError as e:
        print("validation problem:", e, "| field", e.field)
print(issubclass(RangeError, Exception), RangeError.__mro__[1].__name__)
print("final check")
validate({"name": "c", "age": -1})
print("never printed")
