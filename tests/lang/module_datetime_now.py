from datetime import datetime, date, timezone, UTC
import time
now = datetime.now()
print(isinstance(now, datetime), now.tzinfo, isinstance(date.today(), date), datetime.now(UTC).tzinfo is UTC)
print(now.year >= 2024, abs(datetime.now(timezone.utc).timestamp() - time.time()) < 5)
t0 = time.monotonic(); time.sleep(0.01); print(time.monotonic() - t0 >= 0.009)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.perf_counter() > 0 or True)
