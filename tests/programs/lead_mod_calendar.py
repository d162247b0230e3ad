import calendar, io, sys, datetime
print(sorted(n for n in dir(calendar) if not n.startswith('_')))
print(sorted(n for n in dir(calendar.HTMLCalendar) if not n.startswith('_')))
print(calendar.month(2024, 2), calendar.month(2023, 12, 3, 2))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
print(calendar.TextCalendar(6).formatmonth(2021, 1))
print(calendar.TextCalendar(6).formatyear(2021, m=2, c=3))
print(calendar.HTMLCalendar(firstweekday=6).formatmonth(2024, 3))
h = calendar.HTMLCalendar().formatyearpage(2022, width=4, css=None)
print(len(h), h[:300], h[-200:])
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2024))
print(calendar.weekday(2024, 2, 29), calendar.weekday(12000, 1, 1), calendar.monthrange(2024, 2), calendar.monthrange(1900, 2))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print('IllegalMonthError', e, e.month)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.monthcalendar(2024, 2), calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.weekheader(3), calendar.firstweekday(), calendar.month(2024, 9))
calendar.setfirstweekday(0)
c = calendar.Calendar(3)
print(list(c.iterweekdays()), list(c.itermonthdays(2024, 1)), list(c.itermonthdays2(2024, 1))[:9])
print(list(c.itermonthdays3(2024, 1))[:5], list(c.itermonthdays4(2024, 12))[-5:], list(c.itermonthdates(2024, 3))[0])
print(c.yeardayscalendar(2024, 5)[2], len(c.yeardatescalendar(2024)), c.yeardays2calendar(2024, 12)[0][0][0])
print(c.monthdatescalendar(2024, 6)[-1], list(calendar.Calendar(0).itermonthdays3(9999, 12))[-2:], list(calendar.Calendar(0).itermonthdays3(1, 1))[:2])
c.firstweekday = 10
print(c.firstweekday, c.getfirstweekday())
print(list(calendar.day_name), list(calendar.day_abbr), calendar.month_name[1:4], calendar.month_abbr[12], len(calendar.month_name), calendar.month_name[0] == '')
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(repr(calendar.formatstring(['a', 'bb'], 5, 2)), calendar.EPOCH, calendar.error is ValueError, calendar.mdays)
calendar.format(['x', 'y'])
calendar.prmonth(2000, 1)
calendar.prweek([(1, 0), (2, 1)], 3); print()
out = io.StringIO(); old = sys.stdout; sys.stdout = out
calendar.main(['calendar', '2024', '2'])
calendar.main(['calendar', '-w', '3', '-l', '1', '2024', '7'])
calendar.main(['calendar', '-m', '6', '-s', '2', '2019'])
sys.stdout = old
print(out.getvalue())
