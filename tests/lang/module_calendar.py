# calendar: leap years, weekdays, month ranges, Calendar iterators, TextCalendar output
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2025), calendar.leapdays(2025, 2000))
print(repr(calendar.monthrange(2024, 2)), calendar.monthrange(2023, 2), calendar.monthrange(2000, 12))
print(repr(calendar.weekday(2024, 1, 1)), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1),
      calendar.weekday(0, 1, 1), calendar.weekday(-5, 3, 1))
print(repr(calendar.MONDAY), repr(calendar.JANUARY), calendar.SUNDAY, calendar.DECEMBER,
      calendar.Day.FRIDAY, repr(calendar.Month(3)), calendar.Day(6).name)
print(list(calendar.Day), [int(m) for m in calendar.Month])
print(calendar.mdays, calendar.EPOCH, calendar.error)
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name), len(calendar.day_abbr))
print(calendar.month_name[1:4], calendar.day_abbr[-1], calendar.month_abbr[0] == '')
for args in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as e:
        print(repr(e), e, e.month, isinstance(e, ValueError))
try:
    calendar.monthcalendar(2024, 14)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.setfirstweekday(7)
except calendar.IllegalWeekdayError as e:
    print(repr(e), e, e.weekday)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(e)
try:
    calendar.month_name[13]
except IndexError as e:
    print("IndexError", e)

print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.timegm((2024, 3, 15, 12, 30, 45)), calendar.timegm((1970, 1, 1, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)), calendar.timegm((2024, 2, 30, 0, 0, 0)))

cal = calendar.Calendar()
print(cal.firstweekday, list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 9)))
print(list(cal.itermonthdays2(2024, 9))[:9])
print(list(cal.itermonthdays3(2024, 12))[-6:], list(cal.itermonthdays4(2025, 1))[:3])
print(cal.monthdatescalendar(2024, 3)[0], cal.monthdatescalendar(2024, 3)[-1][-1])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)),
      cal.yeardays2calendar(2024, 2)[0][1][0], cal.yeardatescalendar(2024)[3][2][-1][-1])
sun = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(sun.firstweekday, list(sun.iterweekdays()), sun.monthdayscalendar(2024, 6))
odd = calendar.Calendar(9)
print(odd.firstweekday, list(odd.iterweekdays()))

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
print(tc.formatmonth(2023, 10, w=4, l=2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9, 3))
print(tc.formatweekheader(2), "|", tc.formatweekheader(3), "|", tc.formatweekheader(9), "|",
      tc.formatweekheader(1))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 20, False)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 4)), repr(tc.formatweekday(2, 12)))
print(tc.formatyear(2024))
print(tc.formatyear(2025, w=3, l=1, c=2, m=4))
print(calendar.month(2026, 11))
print(calendar.calendar(1999, m=2)[:400])
tc.prmonth(2024, 1)
calendar.prmonth(2024, 7, w=3)
calendar.prcal(2001, c=3)
print(repr(calendar.weekheader(3)), repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
print(calendar.formatstring(["a", "b", "c"], 5, 2) + "|")
calendar.format(["x", "y"], 4, 1)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 2))
calendar.setfirstweekday(0)
