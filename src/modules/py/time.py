"""time: clocks and calendar time (asp's own implementation over _time,
whose clocks are the realm's capabilities: a virtual clock unless the host
grants the system's).

asp has no timezone capability: local time is UTC (timezone and altzone 0,
tzname ('UTC', 'UTC'), no daylight saving time), as datetime assumes too.
process_time() and thread_time() read the realm's monotonic clock.
sleep() first lets the started non-daemon threads that have not run yet
run (see threading: a realm runs one thread at a time).
strftime() formats as glibc does in the C locale; datetime's strftime uses
it for everything but %f, %z, %:z and %Z.
"""

import sys as _sys
from _time import (monotonic, monotonic_ns, perf_counter, perf_counter_ns, time, time_ns)
from _time import sleep as _sleep



def sleep(secs):
    """Delay execution for a given number of seconds."""
    threading = _sys.modules.get('threading')
    if threading is not None:
        threading._run_pending_non_daemon()
    _sleep(secs)


timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

process_time = thread_time = monotonic
process_time_ns = thread_time_ns = monotonic_ns

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime():
    a 9-tuple whose items are also attributes, with tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if not 9 <= len(seq) <= 11:
            if len(seq) < 9:
                raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self.__dict__['tm_zone'] = seq[9] if len(seq) > 9 else None
        self.__dict__['tm_gmtoff'] = seq[10] if len(seq) > 10 else None
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


for _i, _n in enumerate(_FIELDS):
    setattr(struct_time, _n, _field(_i))
del _i, _n, _field


# ---- calendar arithmetic (proleptic Gregorian, days from 1970-01-01) ----

def _days_from_civil(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _seconds(secs):
    """secs (None: now) as whole seconds, rounded towards minus infinity."""
    if secs is None:
        secs = time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float('inf'), float('-inf')):
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(secs // 1)
    else:
        secs = _index(secs)
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    return secs


def gmtime(secs=None):
    """The struct_time (UTC) of secs seconds since the epoch (None: now)."""
    return _broken_down(secs, 'GMT')


def _broken_down(secs, zone):
    s = _seconds(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    if not -(1 << 31) + 1900 <= y <= (1 << 31) - 1 + 1900:
        raise OverflowError("timestamp out of range for platform time_t")
    yday = days - _days_from_civil(y, 1, 1) + 1
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0,
                        zone, 0))


def localtime(secs=None):
    """As gmtime(), named 'UTC' (glibc names gmtime's 'GMT'): local time is
    UTC in asp."""
    return _broken_down(secs, 'UTC')


def _tm(t, fname):
    """The nine integers of a struct_time or tuple argument."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return [_index(x) for x in tuple(t)]


def _index(x):
    if isinstance(x, int):
        return int(x)
    index = getattr(type(x), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
    return index(x)


def _checked(t, fname):
    """The fields of t as CPython's checktm() accepts them: month, day and
    day of year 0 mean 1; weekday taken modulo 7 (Monday 0)."""
    y, mon, mday, hour, minute, sec, wday, yday, isdst = _tm(t, fname)
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    c_wday = wday + 1
    c_wday = c_wday - 7 * int(c_wday / 7)   # C's %: the sign of the dividend
    if c_wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return y, mon, mday, hour, minute, sec, (c_wday + 6) % 7, yday, isdst


def mktime(t):
    """Seconds since the epoch (a float) of local time t (UTC in asp);
    out-of-range fields are normalised as C's mktime() does."""
    y, mon, mday, hour, minute, sec = _tm(t, 'mktime')[:6]
    y += (mon - 1) // 12
    mon = (mon - 1) % 12 + 1
    days = _days_from_civil(y, mon, 1) + mday - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + sec)


def _timegm(y, mon, mday, hour, minute, sec):
    return (_days_from_civil(y, mon, 1) + mday - 1) * 86400 + hour * 3600 + minute * 60 + sec


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULLDAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULLMONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December')


def asctime(t=None):
    """'Tue Mar  5 10:20:30 2024' for t (default: localtime())."""
    if t is None:
        t = localtime()
    y, mon, mday, hour, minute, sec, wday = _checked(t, 'asctime')[:7]
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday, hour, minute, sec, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def _weeks_in_year(y, jan1):
    """52 or 53: ISO weeks of year y whose January 1 is weekday jan1 (Monday 0)."""
    return 53 if jan1 == 3 or (jan1 == 2 and _is_leap(y)) else 52


def _iso_week(y, yday, wday):
    """(ISO year, ISO week) of day yday (1-based) of year y, weekday wday (Monday 0)."""
    jan1 = (wday - yday + 1) % 7
    week = (yday - wday + 9) // 7
    if week < 1:
        prev_jan1 = (jan1 - (366 if _is_leap(y - 1) else 365)) % 7
        return y - 1, _weeks_in_year(y - 1, prev_jan1)
    if week > _weeks_in_year(y, jan1):
        return y + 1, 1
    return y, week


def strftime(format, t=None):
    """format with the fields of t (default: localtime()), as glibc's
    strftime() in the C locale."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    zone = gmtoff = None
    if t is None:
        t = localtime()
    if isinstance(t, struct_time):
        zone, gmtoff = t.tm_zone, t.tm_gmtoff
    y, mon, mday, hour, minute, sec, wday, yday, isdst = _checked(t, 'strftime')
    if '\0' in format:
        raise ValueError("embedded null character")
    sun_wday = (wday + 1) % 7   # Sunday 0, as %w and %U count
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d in 'EO' and i < n and format[i] in 'cCxXyYdeHImMSuUVwWy':
            d = format[i]   # locale modifiers: the C locale ignores them
            i += 1
        if d == 'Y':
            out.append(str(y))
        elif d == 'C':
            out.append('%02d' % (y // 100))
        elif d == 'y':
            out.append('%02d' % (y % 100))
        elif d == 'm':
            out.append('%02d' % mon)
        elif d == 'd':
            out.append('%02d' % mday)
        elif d == 'e':
            out.append('%2d' % mday)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'k':
            out.append('%2d' % hour)
        elif d == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif d == 'l':
            out.append('%2d' % (hour % 12 or 12))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % sec)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'a':
            out.append(_DAYS[wday])
        elif d == 'A':
            out.append(_FULLDAYS[wday])
        elif d == 'w':
            out.append(str(sun_wday))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d in 'bh':
            out.append(_MONTHS[mon - 1])
        elif d == 'B':
            out.append(_FULLMONTHS[mon - 1])
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'U':
            out.append('%02d' % ((yday + 6 - sun_wday) // 7))
        elif d == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif d in 'GgV':
            iy, iw = _iso_week(y, yday, wday)
            out.append(str(iy) if d == 'G' else '%02d' % (iy % 100) if d == 'g' else '%02d' % iw)
        elif d == 'z':
            off = gmtoff or 0
            sign = '-' if off < 0 else '+'
            off = abs(off) // 60
            out.append('%s%02d%02d' % (sign, off // 60, off % 60))
        elif d == 'Z':
            out.append(zone if zone is not None else tzname[isdst > 0])
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday, hour, minute,
                                                       sec, y))
        elif d in 'xD':
            out.append('%02d/%02d/%02d' % (mon, mday, y % 100))
        elif d in 'XT':
            out.append('%02d:%02d:%02d' % (hour, minute, sec))
        elif d == 'F':
            out.append('%d-%02d-%02d' % (y, mon, mday))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 'r':
            out.append('%02d:%02d:%02d %s' % (hour % 12 or 12, minute, sec, 'AM' if hour < 12 else 'PM'))
        elif d == 's':
            out.append(str(_timegm(y, mon, mday, hour, minute, sec) - (gmtoff or 0)))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """The struct_time string gives, read with format (see datetime's
    strptime, which does the parsing)."""
    import datetime
    return datetime.datetime.strptime(string, format).timetuple()


def get_clock_info(name):
    """What the named clock is ('time', 'monotonic', 'perf_counter',
    'process_time', 'thread_time'), as a namespace."""
    import types
    if name not in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
        raise ValueError("unknown clock")
    return types.SimpleNamespace(implementation='asp realm clock', monotonic=name != 'time',
                                 adjustable=name == 'time', resolution=1e-09)
