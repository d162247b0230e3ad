import datetime
from datetime import date, time, datetime as dt, timedelta, timezone
print(date(2020, 2, 29), repr(date(2020, 2, 29)), date(2020, 1, 1) + timedelta(days=400))
print(timedelta(days=1, hours=1), repr(timedelta(days=-1, seconds=5)), timedelta(hours=-1), timedelta(0), repr(timedelta(0)))
print(timedelta(days=2, microseconds=5), timedelta(seconds=1.5), timedelta(milliseconds=1.25), timedelta(weeks=1, minutes=3))
print(timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, timedelta(hours=3) / timedelta(hours=2), timedelta(hours=3) // timedelta(hours=2), divmod(timedelta(hours=7), timedelta(hours=2)))
print(timedelta(days=1).total_seconds(), abs(timedelta(-1)), -timedelta(1, 1), timedelta.max, timedelta.min, repr(timedelta.resolution))
d = dt(2021, 3, 4, 5, 6, 7, 8000)
print(d, repr(d), d.isoformat(), d.isoformat(" ", "milliseconds"), d.date(), d.time(), repr(d.time()))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %y %U %W %%"), d.ctime(), date(2021, 3, 4).ctime())
print(d.weekday(), d.isoweekday(), d.isocalendar(), date(2021, 1, 1).isocalendar(), d.toordinal(), date.fromordinal(737000))
print(d.replace(year=2000, microsecond=0), d - dt(2021, 1, 1), d + timedelta(days=30), dt(2021, 1, 1) - timedelta(seconds=1))
print(dt.fromisoformat("2021-03-04T05:06:07.123456+02:00"), repr(dt.fromisoformat("2021-03-04 05:06")), date.fromisoformat("2021-03-04"), time.fromisoformat("12:34:56.789"))
u = dt(2020, 1, 1, 12, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.timestamp(), timezone(timedelta(hours=5, minutes=30)), repr(timezone(timedelta(hours=-3), "X")))
print(u.astimezone(timezone(timedelta(hours=2))), dt.fromtimestamp(0, timezone.utc), dt.utcfromtimestamp(86400.5))
print(dt.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), dt.strptime("04/Mar/2021:10:00:00 +0100", "%d/%b/%Y:%H:%M:%S %z"), dt.strptime("1.5", "%S.%f"))
print(time(1, 2), time(1, 2, 3, 4), repr(time(1, 2, 3)), time(23, 59).isoformat("minutes"), time(1, tzinfo=timezone.utc))
print(date(2020, 1, 1) < date(2020, 1, 2), d == dt(2021, 3, 4, 5, 6, 7, 8000), hash(d) == hash(dt(2021, 3, 4, 5, 6, 7, 8000)), {date(2020, 1, 1): 1})
print(date.min, date.max, dt.min, dt.max, datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC)
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(f"{d:%d.%m.%Y}", format(date(2020, 1, 2), ""), "{:%H}".format(time(7)))
for bad in [(2020, 13, 1), (2020, 2, 30), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print(e)
try:
    dt(2020, 1, 1) < u
except TypeError as e:
    print(e)
try:
    dt.strptime("x", "%Y")
except ValueError as e:
    print(e)
print(type(dt.now()).__name__, type(date.today()).__name__, isinstance(dt.now(), date))
print(dt(2020,1,1).timetuple())
print(timedelta(seconds=86399, microseconds=999999) + timedelta(microseconds=1))
print(datetime.date.fromisocalendar(2020, 53, 7), dt(2020,1,1,tzinfo=timezone(timedelta(hours=1))).isoformat())
