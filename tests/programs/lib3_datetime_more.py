from datetime import *
import datetime as dtm
print(timedelta(seconds=-1), timedelta(days=-1, seconds=-1), timedelta(microseconds=-1), timedelta(hours=25.5), timedelta(seconds=0.0000005), timedelta(seconds=0.0000015))
print(timedelta(minutes=1) * 1.1, timedelta(days=1) / 7, timedelta(1) % timedelta(hours=5), -timedelta(hours=1) // 2, timedelta(hours=1) * -1)
print(repr(timedelta(weeks=2)), timedelta(days=999999999), str(timedelta(days=-3, hours=2)))
d = datetime(2024, 2, 29, 13, 5, 9, 123)
print(d.strftime("%c | %x | %X | %I:%M %p | %e | %G-W%V-%u | %Z | %z"), d.strftime("%%Y"), date(2024, 1, 1).strftime("%A %d %B %Y"))
print(d.replace(tzinfo=timezone.utc).strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=-5, minutes=-30))).strftime("%z"))
print(d.isoformat(timespec="hours"), d.isoformat(timespec="microseconds"), time(1, 2, 3, 4).isoformat(timespec="milliseconds"))
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week, date(2020, 12, 31).isocalendar()[0])
print(datetime.combine(date(2020, 1, 1), time(12, 30)), datetime.fromisoformat("2020-01-01T00:00:00Z"), datetime.fromisoformat("20200101"))
print(datetime.strptime("March 5 2021 3:04PM", "%B %d %Y %I:%M%p"), datetime.strptime("2021-064", "%Y-%j"), datetime.strptime("Mon Jan  4 10:00:00 2021", "%c"))
print(datetime(2020, 1, 1) + timedelta(days=366, seconds=-1), date(2000, 3, 1) - date(2000, 2, 1), datetime(2020, 5, 17).weekday())
a = datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=2)))
b = datetime(2020, 6, 1, 10, tzinfo=timezone.utc)
print(a == b, a - b, hash(a) == hash(b), a.astimezone(timezone.utc), a.utctimetuple()[:6], a.timestamp())
print(max(date(2020, 1, 1), date(2019, 5, 5)), date(2020, 1, 31) + timedelta(days=1), date.fromordinal(1), date(1, 1, 1).toordinal())
print(time(12) < time(13), time(0) == time(0, 0), bool(time(0)), str(time(3, 4, 5, 600)), repr(time(3, 4, tzinfo=timezone.utc)))
print(dtm.timezone.min, dtm.timezone.max, repr(dtm.timezone(timedelta(0))), timezone(timedelta(hours=1), "CET").tzname(None))
try:
    timedelta(days=10**10)
except OverflowError as e:
    print("OverflowError", e)
try:
    datetime.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
try:
    datetime.strptime("2021-12-01 extra", "%Y-%m-%d")
except ValueError as e:
    print("ValueError", e)
print(datetime(2021, 1, 1).ctime(), date.fromtimestamp(0) == date(1970, 1, 1), datetime.fromtimestamp(1.5, tz=timezone.utc))
print(date.today() == datetime.now().date(), abs(datetime.now().timestamp() - __import__("time").time()) < 5)
