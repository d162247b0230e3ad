from datetime import date, datetime, timedelta, timezone, time, tzinfo
class D(date):
    pass
class DT(datetime):
    def hello(self):
        return "hi"
class TD(timedelta):
    pass
print(repr(D(2020, 1, 2)), repr(DT(2020, 1, 2, 3)), repr(TD(1)), repr(D.today())[:2], type(D(2020, 1, 1) + timedelta(1)).__name__)
print(DT.now().hello(), type(DT.fromisoformat("2020-01-01")).__name__, D.fromordinal(5))
class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=3)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "F3"
d = datetime(2020, 1, 1, 12, tzinfo=Fixed())
print(d.utcoffset(), d.tzname(), d.isoformat(), d.astimezone(timezone.utc), d.strftime("%Z %z"))
print(repr(d)[:40])
