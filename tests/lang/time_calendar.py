# time's calendar functions (gmtime, mktime, asctime, ctime, strftime,
# strptime, struct_time) against CPython 3.13 in UTC; the clocks are the
# realm's and are not printed.
import time
import datetime

stamps = [0, 1, -1, 59, 86399, 86400, 951782400, 951868800, 1709634030, 1709634030.999, -0.5,
          -86401, 253402300799, -62135596800, 4102444800, 2**40, -2**40, 1e9 + 0.25]
for s in stamps:
    t = time.gmtime(s)
    print(s, tuple(t), t.tm_zone, t.tm_gmtoff)
    print("  ", time.asctime(t), time.mktime(t), time.strftime("%Y-%m-%d %H:%M:%S %a %j", t))

t = time.gmtime(1709634030)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], t[2:5], len(t), t == tuple(t), isinstance(t, tuple), type(t).__name__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
try:
    t.tm_year = 5
except AttributeError as e:
    print("AttributeError")
u = time.struct_time((2000, 2, 29, 1, 2, 3, 1, 60, 0))
print(u, u.tm_zone, u.tm_gmtoff)
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)

# every directive over dates around year and ISO-week boundaries
fmt = "%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %S %t %T %u %U %V %w %W %x %X %y %Y %% %E %Q"
for ymd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2021, 1, 4), (2026, 12, 31), (2027, 1, 1),
            (2008, 12, 29), (2010, 1, 3), (2015, 12, 31), (2016, 1, 1), (2004, 12, 31), (2005, 1, 2),
            (1999, 12, 31), (2000, 2, 29), (1900, 1, 1), (1970, 1, 1), (2024, 3, 5)]:
    days = datetime.date(*ymd).toordinal() - datetime.date(1970, 1, 1).toordinal()
    for secs in (0, 13 * 3600 + 5 * 60 + 9, 23 * 3600 + 59 * 60 + 59):
        print(repr(time.strftime(fmt, time.gmtime(days * 86400 + secs))))
print(time.strftime("%Z %z", time.gmtime(0)), repr(time.strftime("", time.gmtime(0))), repr(time.strftime("%", time.gmtime(0))))
print(time.strftime("%Y|%m|%d|%j|%a", (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime("%EY %Od %Ey", time.gmtime(0)))

# range checks of tuples
for tt in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0),
           (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 61, 0, 1, 0),
           (2024, 1, 1, 0, 0, 0, -2, 1, 0), (2024, 1, 1, 0, 0, 0, 9, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
           (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 1, 5)]:
    for fn in (lambda: time.strftime("%Y %m %d %H %M %S %a %j", tt), lambda: time.asctime(tt)):
        try:
            print(fn())
        except ValueError as e:
            print("ValueError:", e)
for bad in [(1, 2, 3), [2024, 1, 1, 0, 0, 0, 0, 1, 0], "x", (2024, 1.5, 1, 0, 0, 0, 0, 1, 0)]:
    try:
        time.asctime(bad)
    except TypeError as e:
        print("TypeError:", e)

# mktime normalises like C's
for tt in [(2024, 13, 1, 0, 0, 0, 0, 0, 0), (2024, 0, 1, 0, 0, 0, 0, 0, 0), (2024, 3, 0, 0, 0, 0, 0, 0, 0),
           (2024, 2, 30, 25, 61, 61, 0, 0, 0), (1969, 12, 31, 23, 59, 59, 0, 0, 0)]:
    print(time.mktime(tt))
print(time.ctime(0), time.ctime(1709634030.5))
for s in [float("nan")]:
    try:
        time.gmtime(s)
    except ValueError as e:
        print("ValueError:", e)
for s in [float("inf"), 2**70]:
    try:
        time.gmtime(s)
    except OverflowError as e:
        print("OverflowError:", e)

# strptime
print(time.strptime("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Mar  5 10:20:30 2024"))
print(time.strptime("1999", "%Y"))
try:
    time.strptime("2024-13", "%Y-%m")
except ValueError as e:
    print("ValueError")

# datetime's strftime and timetuple go through time
d = datetime.datetime(2024, 3, 5, 10, 20, 30, 123456, tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30), "X%Y"))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %z %:z %Z %j %U %% %a"))
print(datetime.date(2021, 1, 3).strftime("%G-W%V-%u %x"), datetime.time(7, 8, 9).strftime("%H:%M:%S %Y %j %p"))
print(datetime.datetime(2024, 3, 5).timetuple(), datetime.date(2024, 3, 5).timetuple())
print(datetime.datetime(2024, 3, 5, tzinfo=datetime.timezone.utc).utctimetuple())
print(time.timezone, time.altzone, time.daylight)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.process_time()).__name__,
      type(time.perf_counter_ns()).__name__, time.monotonic() <= time.monotonic())
print(type(time.localtime()).__name__, len(time.localtime()), time.get_clock_info("monotonic").monotonic)
