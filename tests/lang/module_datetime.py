from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dt

td = timedelta(days=1, hours=25, minutes=-30, seconds=90.5, milliseconds=3, microseconds=7)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(), repr(timedelta(seconds=-1)), str(timedelta(seconds=-1)), str(timedelta(days=-2, hours=3)),
      str(timedelta(microseconds=500000)), timedelta(weeks=1) == timedelta(days=7), bool(timedelta(0)))
print(td * 2, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1),
      divmod(td, timedelta(hours=5)), -td, abs(-td), timedelta(hours=1) * 1.5, timedelta(hours=1) / 3.0)
print(timedelta(seconds=0.1234567), timedelta(days=0.5), timedelta(minutes=1.5), repr(timedelta(hours=-1.25)))
print(timedelta.max, timedelta.min, timedelta.resolution, sorted([timedelta(1), timedelta(0), timedelta(-1)]))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print('OverflowError', e)
try:
    timedelta('1')
except TypeError as e:
    print('TypeError', e)

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(),
      d.isocalendar(), d.isocalendar().week, d.toordinal(), date.fromordinal(738945), d.replace(day=1), d.ctime())
print(date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'), date.fromisocalendar(2020, 53, 7), d.timetuple()[:3] if False else d.year)
print(d.strftime('%Y-%m-%d %a %A %b %B %j %U %W %y %%'), f'{d:%d/%m/%Y}', format(d), d.isoformat())
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar())
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: date(2023, 1, 1.0),
            lambda: date.fromisoformat('2021-1-1'), lambda: date(9999, 12, 31) + timedelta(1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)),
      date.min, date.max, date.resolution, MINYEAR, MAXYEAR)

t = time(13, 5, 9, 120)
print(t, repr(t), t.isoformat('minutes'), t.isoformat('milliseconds'), t.replace(hour=1), time(), repr(time(1, 2)),
      t.strftime('%H:%M:%S %I %p'), time.fromisoformat('04:23:01.000384'), time.fromisoformat('T0423'), time(12) > time(11, 59))
tz1 = timezone(timedelta(hours=5, minutes=30))
print(repr(tz1), str(tz1), tz1.tzname(None), repr(timezone.utc), repr(UTC), timezone(timedelta(hours=-3), 'BRT'),
      repr(timezone(timedelta(hours=-3), 'BRT')), timezone(timedelta(0)) is timezone.utc, time(1, tzinfo=tz1))

x = datetime(2024, 3, 10, 14, 30, 5, 250)
print(x, repr(x), x.date(), x.time(), x + timedelta(hours=12), x - datetime(2024, 1, 1), x.isoformat(), x.isoformat(' ', 'seconds'))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), x.strftime('%Y/%m/%d %H:%M:%S.%f %c'), x.ctime(), x.timestamp())
print(datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283+00:00'),
      datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('20111104T000523Z'),
      datetime.fromisoformat('2011-11-04'))
print(datetime.strptime('2023-07-15 08:09:10', '%Y-%m-%d %H:%M:%S'), datetime.strptime('15/Jul/23 8PM', '%d/%b/%y %I%p'),
      datetime.strptime('2023-07-15T08:09:10+0200', '%Y-%m-%dT%H:%M:%S%z'))
for bad in [lambda: datetime.strptime('2023-07-15', '%Y/%m/%d'), lambda: datetime.strptime('2023-07-15 1', '%Y-%m-%d'),
            lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=UTC), lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=UTC),
            lambda: datetime(2024, 1, 1, 24), lambda: datetime.fromisoformat('2024-01-01X')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
aware = datetime(2024, 6, 1, 12, tzinfo=tz1)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.astimezone(UTC), aware.timestamp(),
      aware == datetime(2024, 6, 1, 6, 30, tzinfo=UTC), aware - datetime(2024, 6, 1, tzinfo=UTC),
      datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=UTC), datetime.fromtimestamp(0, UTC), datetime.fromtimestamp(1700000000.5, tz1))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime(2020, 1, 1) == date(2020, 1, 1), isinstance(x, date),
      sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23)]), x.replace(year=2000, microsecond=0), datetime.min, datetime.max)
class EST(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=-5)
    def dst(self, d):
        return timedelta(0)
    def tzname(self, d):
        return 'EST'
e = datetime(2024, 1, 1, 9, tzinfo=EST())
print(e, e.tzname(), e.astimezone(UTC), e.strftime('%H:%M %Z %z'), e.utcoffset())
print(dt.date is date, dt.timezone.utc, x.weekday(), x.isocalendar(), datetime(2024, 1, 31) + timedelta(days=30))
