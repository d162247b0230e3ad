"""This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The Epoch is system-defined; on Unix, it is generally January 1st, 1970.
The actual value can be retrieved by calling gmtime(0).

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (including century, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.
"""

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')
_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError("time.struct_time() takes a dict as second arg, if any")
        self = tuple.__new__(cls, seq[:9])
        extra = list(seq[9:])
        # Fields past the sequence come from the dict, by name, as structseq_new does.
        for name in ('tm_zone', 'tm_gmtoff')[len(extra):]:
            extra.append(dict.get(name) if dict else None)
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    def __repr__(self):
        parts = ', '.join(f'{name}={value!r}' for name, value in zip(_FIELDS, self))
        return f'time.struct_time({parts})'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self._zone, 'tm_gmtoff': self._gmtoff}))

    tm_year = property(lambda self: self[0], doc='year, for example, 1993')
    tm_mon = property(lambda self: self[1], doc='month of year, range [1, 12]')
    tm_mday = property(lambda self: self[2], doc='day of month, range [1, 31]')
    tm_hour = property(lambda self: self[3], doc='hours, range [0, 23]')
    tm_min = property(lambda self: self[4], doc='minutes, range [0, 59]')
    tm_sec = property(lambda self: self[5], doc='seconds, range [0, 61])')
    tm_wday = property(lambda self: self[6], doc='day of week, range [0, 6], Monday is 0')
    tm_yday = property(lambda self: self[7], doc='day of year, range [1, 366]')
    tm_isdst = property(lambda self: self[8], doc='1 if summer time is in effect, 0 if not, and -1 if unknown')
    tm_zone = property(lambda self: self._zone, doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._gmtoff, doc='offset from UTC in seconds')


def _seconds(secs):
    """A timestamp argument as an int of whole seconds, rounded towards -inf."""
    if secs is None:
        return _clock_ns(CLOCK_REALTIME) // 1_000_000_000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        whole = int(secs)
        return whole - 1 if whole > secs else whole
    if isinstance(secs, int):
        return int(secs)
    if hasattr(type(secs), '__index__') or hasattr(type(secs), '__float__'):
        return _seconds(float(secs)) if hasattr(type(secs), '__float__') else secs.__index__()
    raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")


def _tuple_arg(t, name):
    """Check a struct_time-like argument as CPython's gettmarg does."""
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError(f'{name}(): illegal time tuple argument')
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
        # Each field is a C int ("i" in PyArg_ParseTuple), read through a C long.
        if not -2**63 <= v < 2**63:
            raise OverflowError('Python int too large to convert to C long')
        if v > 2147483647:
            raise OverflowError('signed integer is greater than maximum')
        if v < -2147483648:
            raise OverflowError('signed integer is less than minimum')
    return t


def time():
    """time() -> floating point number

Return the current time in seconds since the Epoch.
Fractions of a second may be present if the system clock provides them."""
    return _clock_ns(CLOCK_REALTIME) / 1e9


def time_ns():
    """time_ns() -> int

Return the current time in nanoseconds since the Epoch."""
    return _clock_ns(CLOCK_REALTIME)


def clock_gettime_ns(clk_id):
    """clock_gettime_ns(clk_id) -> int

Return the time of the specified clock clk_id as nanoseconds (int)."""
    return _clock_ns(_clock_id(clk_id))


def clock_gettime(clk_id):
    """clock_gettime(clk_id) -> float

Return the time of the specified clock clk_id."""
    return _clock_ns(_clock_id(clk_id)) / 1e9


def clock_settime(clk_id, time, /):
    """clock_settime(clk_id, time)

Set the time of the specified clock clk_id."""
    if not isinstance(time, (int, float)):
        raise TypeError(f"'{type(time).__name__}' object cannot be interpreted as an integer")
    _clock_set(_clock_id(clk_id), int(round(time * 1e9)) if isinstance(time, float) else time * 1000000000)


def clock_settime_ns(clk_id, time, /):
    """clock_settime_ns(clk_id, time)

Set the time of the specified clock clk_id with nanoseconds."""
    if not isinstance(time, int):
        raise TypeError(f"'{type(time).__name__}' object cannot be interpreted as an integer")
    _clock_set(_clock_id(clk_id), time)


def pthread_getcpuclockid(thread_id, /):
    """pthread_getcpuclockid(thread_id) -> int

Return the clk_id of a thread's CPU time clock."""
    if not isinstance(thread_id, int):
        raise TypeError(f"'{type(thread_id).__name__}' object cannot be interpreted as an integer")
    return _cpuclockid(thread_id)


def clock_getres(clk_id):
    """clock_getres(clk_id) -> floating point number

Return the resolution (precision) of the specified clock clk_id."""
    return _clock_res(_clock_id(clk_id))


def _clock_id(clk_id):
    if not isinstance(clk_id, int):
        raise TypeError(f"'{type(clk_id).__name__}' object cannot be interpreted as an integer")
    return clk_id


def monotonic():
    """monotonic() -> float

Monotonic clock, cannot go backward."""
    return _clock_ns(CLOCK_MONOTONIC) / 1e9


def monotonic_ns():
    """monotonic_ns() -> int

Monotonic clock, cannot go backward, as nanoseconds."""
    return _clock_ns(CLOCK_MONOTONIC)


def perf_counter():
    """perf_counter() -> float

Performance counter for benchmarking."""
    return _clock_ns(CLOCK_MONOTONIC) / 1e9


def perf_counter_ns():
    """perf_counter_ns() -> int

Performance counter for benchmarking as nanoseconds."""
    return _clock_ns(CLOCK_MONOTONIC)


def process_time():
    """process_time() -> float

Process time for profiling: sum of the kernel and user-space CPU time."""
    return _clock_ns(CLOCK_PROCESS_CPUTIME_ID) / 1e9


def process_time_ns():
    """process_time() -> int

Process time for profiling as nanoseconds:
sum of the kernel and user-space CPU time."""
    return _clock_ns(CLOCK_PROCESS_CPUTIME_ID)


def thread_time():
    """thread_time() -> float

Thread time for profiling: sum of the kernel and user-space CPU time."""
    return _clock_ns(CLOCK_THREAD_CPUTIME_ID) / 1e9


def thread_time_ns():
    """thread_time() -> int

Thread time for profiling as nanoseconds:
sum of the kernel and user-space CPU time."""
    return _clock_ns(CLOCK_THREAD_CPUTIME_ID)


def sleep(secs):
    """sleep(seconds)

Delay execution for a given number of seconds.  The argument may be
a floating point number for subsecond precision."""
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
    elif isinstance(secs, int):
        secs = float(secs)
    else:
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    _sleep(secs)


def gmtime(seconds=None):
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                       tm_sec, tm_wday, tm_yday, tm_isdst)

Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.
GMT).  When 'seconds' is not passed in, convert the current time instead.

If the platform supports the tm_gmtoff and tm_zone, they are available as
attributes only."""
    return struct_time(_convert(_seconds(seconds), True))


def localtime(seconds=None):
    """localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,
                          tm_sec,tm_wday,tm_yday,tm_isdst)

Convert seconds since the Epoch to a time tuple expressing local time.
When 'seconds' is not passed in, convert the current time instead."""
    return struct_time(_convert(_seconds(seconds), False))


def mktime(t):
    """mktime(tuple) -> floating point number

Convert a time tuple in local time to seconds since the Epoch.
Note that mktime(gmtime(0)) will not generally return zero for most
time zones; instead the returned value will either be equal to that
of the timezone or altzone attributes on the time module."""
    t = _tuple_arg(t, 'mktime')
    return _mktime(*t)


def asctime(t=None):
    """asctime([tuple]) -> string

Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.
When the time tuple is not present, current time as returned by localtime()
is used."""
    t = localtime() if t is None else _checked(_tuple_arg(t, 'asctime'))
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def _checked(t):
    """checktm: the ranges asctime and strftime accept."""
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError('month out of range')
    if not 1 <= t[2] <= 31 and t[2] != 0:
        raise ValueError('day of month out of range')
    if not 0 <= t[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= t[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= t[5] <= 61:
        raise ValueError('seconds out of range')
    if t[6] < 0:
        raise ValueError('day of week out of range')
    if not 1 <= t[7] <= 366 and t[7] != 0:
        raise ValueError('day of year out of range')
    return (t[0], t[1] or 1, t[2] or 1, t[3], t[4], t[5], t[6] % 7, t[7] or 1, t[8])


def ctime(seconds=None):
    """ctime(seconds) -> string

Convert a time in seconds since the Epoch to a string in local time.
This is equivalent to asctime(localtime(seconds)). When the time tuple is
not present, current time as returned by localtime() is used."""
    return asctime(localtime(seconds))


def _week_number(t, first_weekday):
    """%U (weeks start on Sunday) and %W (on Monday)."""
    yday = t[7] - 1
    wday = (t[6] + 1) % 7 if first_weekday == 0 else t[6]
    return (yday + 7 - wday) // 7


def _iso_week(t):
    """(ISO year, ISO week) for %G and %V."""
    year, yday, wday = t[0], t[7], t[6]
    week = (yday - wday + 9) // 7
    if week < 1:
        prev = year - 1
        prev_days = 366 if (prev % 4 == 0 and (prev % 100 != 0 or prev % 400 == 0)) else 365
        return _iso_week((prev, 12, 31, 0, 0, 0, (wday - yday) % 7, prev_days, 0))
    days = 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    if yday - wday + 3 > days:
        return year + 1, 1
    return year, week


def strftime(format, t=None):
    """strftime(format[, tuple]) -> string

Convert a time tuple to a string according to a format specification.
See the library reference manual for formatting codes. When the time tuple
is not present, current time as returned by localtime() is used.

Commonly used format codes:

%Y  Year with century as a decimal number.
%m  Month as a decimal number [01,12].
%d  Day of the month as a decimal number [01,31].
%H  Hour (24-hour clock) as a decimal number [00,23].
%M  Minute as a decimal number [00,59].
%S  Second as a decimal number [00,61].
%z  Time zone offset from UTC.
%a  Locale's abbreviated weekday name.
%A  Locale's full weekday name.
%b  Locale's abbreviated month name.
%B  Locale's full month name.
%c  Locale's appropriate date and time representation.
%I  Hour (12-hour clock) as a decimal number [01,12].
%p  Locale's equivalent of either AM or PM.

Other codes may be available on your platform.  See documentation for
the C library strftime function.
"""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    zone = getattr(t, '_zone', None)
    gmtoff = getattr(t, '_gmtoff', None)
    t = _checked(_tuple_arg(t, 'strftime'))
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
        out.append(_directive(d, t, zone, gmtoff))
    return ''.join(out)


def _directive(d, t, zone, gmtoff):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t
    if d == 'Y': return str(year)
    if d == 'm': return '%02d' % mon
    if d == 'd': return '%02d' % mday
    if d == 'e': return '%2d' % mday
    if d == 'H': return '%02d' % hour
    if d == 'M': return '%02d' % minute
    if d == 'S': return '%02d' % sec
    if d == 'y': return '%02d' % (year % 100)
    if d == 'C': return '%02d' % (year // 100)
    if d == 'a': return _DAYS[wday]
    if d == 'A': return _FULL_DAYS[wday]
    if d in 'bh': return _MONTHS[mon - 1]
    if d == 'B': return _FULL_MONTHS[mon - 1]
    if d == 'I': return '%02d' % ((hour + 11) % 12 + 1)
    if d == 'l': return '%2d' % ((hour + 11) % 12 + 1)
    if d == 'p': return 'AM' if hour < 12 else 'PM'
    if d == 'P': return 'am' if hour < 12 else 'pm'
    if d == 'j': return '%03d' % yday
    if d == 'w': return str((wday + 1) % 7)
    if d == 'u': return str(wday + 1)
    if d == 'U': return '%02d' % _week_number(t, 0)
    if d == 'W': return '%02d' % _week_number(t, 1)
    if d == 'G': return str(_iso_week(t)[0])
    if d == 'g': return '%02d' % (_iso_week(t)[0] % 100)
    if d == 'V': return '%02d' % _iso_week(t)[1]
    if d == 'c': return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday, hour, minute, sec, year)
    if d == 'x': return '%02d/%02d/%02d' % (mon, mday, year % 100)
    if d == 'D': return '%02d/%02d/%02d' % (mon, mday, year % 100)
    if d == 'X': return '%02d:%02d:%02d' % (hour, minute, sec)
    if d == 'T': return '%02d:%02d:%02d' % (hour, minute, sec)
    if d == 'R': return '%02d:%02d' % (hour, minute)
    if d == 'r': return '%02d:%02d:%02d %s' % ((hour + 11) % 12 + 1, minute, sec, 'AM' if hour < 12 else 'PM')
    if d == 'F': return '%d-%02d-%02d' % (year, mon, mday)
    if d == 'n': return '\n'
    if d == 't': return '\t'
    if d == '%': return '%'
    if d == 's': return str(int(_mktime(*t)))
    if d == 'Z':
        if zone is None:
            return tzname[1 if isdst > 0 else 0]
        return zone
    if d == 'z':
        off = gmtoff if gmtoff is not None else (-altzone if isdst > 0 else -timezone)
        sign = '-' if off < 0 else '+'
        off = abs(off) // 60
        return '%s%02d%02d' % (sign, off // 60, off % 60)
    return '%' + d


def _init_timezone():
    """timezone/altzone/daylight/tzname from January 1st and July 1st of this year, as
    CPython does where the C library's globals are not used."""
    global timezone, altzone, daylight, tzname
    year = _convert(_clock_ns(CLOCK_REALTIME) // 1_000_000_000, False)[0]
    jan_secs = _mktime(year, 1, 1, 0, 0, 0, 0, 0, -1)
    jul_secs = _mktime(year, 7, 1, 0, 0, 0, 0, 0, -1)
    jan = _convert(int(jan_secs), False)
    jul = _convert(int(jul_secs), False)
    jan_zone, jul_zone = -jan[10], -jul[10]
    if jan_zone < jul_zone:
        # DST is reversed in the southern hemisphere.
        timezone, altzone, tzname = jul_zone, jan_zone, (jul[9], jan[9])
    else:
        timezone, altzone, tzname = jan_zone, jul_zone, (jan[9], jul[9])
    daylight = int(jan_zone != jul_zone)


def tzset():
    """tzset()

Initialize, or reinitialize, the local timezone to the value stored in
os.environ['TZ']. The TZ environment variable should be specified in
standard Unix timezone format as documented in the tzset man page
(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently
fall back to UTC. If the TZ environment variable is not set, the local
timezone is set to the systems best guess of wallclock time.
Changing the TZ environment variable without calling tzset *may* change
the local timezone used by methods such as localtime, but this behaviour
should not be relied on."""
    _tzset()
    _init_timezone()


_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True, CLOCK_REALTIME),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False, CLOCK_MONOTONIC),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, CLOCK_PROCESS_CPUTIME_ID),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, CLOCK_THREAD_CPUTIME_ID),
}


def get_clock_info(name):
    """get_clock_info(name: str) -> dict

Get information of the specified clock."""
    if name not in _CLOCKS:
        raise ValueError('unknown clock')
    implementation, monotonic, adjustable, clk = _CLOCKS[name]
    from types import SimpleNamespace
    return SimpleNamespace(implementation=implementation, monotonic=monotonic,
                           adjustable=adjustable, resolution=_clock_res(clk))


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """strptime(string, format) -> struct_time

Parse a string to a time tuple according to a format specification.
See the library reference manual for formatting codes (same as
strftime())."""
    for arg in (string, format):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {1 if arg is string else 2} must be str, not {type(arg).__name__}")
    found = _Parse(string, format).run()
    year = found.get('Y', 1900)
    if 'y' in found:
        year = found['y'] + (1900 if found['y'] >= 69 else 2000)
    month = found.get('m', 1)
    day = found.get('d', 1)
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12 + (12 if found.get('p') == 1 else 0)
    days = _days_from_civil(year, month, day)
    if 'j' in found:
        days = _days_from_civil(year, 1, 1) + found['j'] - 1
        year, month, day = _civil_from_days(days)
    wday = (days + 3) % 7
    yday = days - _days_from_civil(year, 1, 1) + 1
    zone = found.get('Z')
    gmtoff = found.get('z')
    isdst = -1
    if zone is not None:
        low = zone.lower()
        if low in ('utc', 'gmt') or low == tzname[0].lower():
            isdst = 0
        elif daylight and low == tzname[1].lower():
            isdst = 1
    return struct_time((year, month, day, hour, found.get('M', 0), found.get('S', 0), wday, yday,
                        isdst, zone, gmtoff))


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
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
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


class _Parse:
    """A hand-written matcher for strptime's directives (C locale)."""

    _DIGITS = {'d': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'H': (1, 2, 0, 23), 'M': (1, 2, 0, 59),
               'S': (1, 2, 0, 61), 'I': (1, 2, 1, 12), 'y': (2, 2, 0, 99), 'Y': (4, 4, 0, 9999),
               'j': (1, 3, 1, 366), 'f': (1, 6, 0, 999999), 'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7),
               'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53)}

    def __init__(self, string, format):
        self.s = string
        self.f = format
        self.i = 0
        self.found = {}

    def fail(self):
        raise ValueError(f"time data {self.s!r} does not match format {self.f!r}")

    def run(self):
        f = self.f
        k = 0
        while k < len(f):
            c = f[k]
            if c == '%' and k + 1 < len(f):
                self.directive(f[k + 1])
                k += 2
            elif c == '%':
                raise ValueError("stray % in format '" + f + "'")
            elif c.isspace():
                while k < len(f) and f[k].isspace():
                    k += 1
                start = self.i
                while self.i < len(self.s) and self.s[self.i].isspace():
                    self.i += 1
                if self.i == start:
                    self.fail()
            else:
                if self.i >= len(self.s) or self.s[self.i].lower() != c.lower():
                    self.fail()
                self.i += 1
                k += 1
        if self.i != len(self.s):
            raise ValueError('unconverted data remains: ' + self.s[self.i:])
        return self.found

    def directive(self, d):
        if d in self._DIGITS:
            lo, hi, low, high = self._DIGITS[d]
            start = self.i
            while self.i < len(self.s) and self.i - start < hi and self.s[self.i] in '0123456789':
                self.i += 1
            if self.i - start < lo:
                self.fail()
            text = self.s[start:self.i]
            value = int(text)
            if not low <= value <= high:
                self.fail()
            if d == 'f':
                value = int(text + '0' * (6 - len(text)))
            self.found[d] = value
        elif d in 'aAbBp':
            names = {'a': _FULL_DAYS + _DAYS, 'A': _FULL_DAYS + _DAYS,
                     'b': _FULL_MONTHS + _MONTHS, 'B': _FULL_MONTHS + _MONTHS,
                     'p': ('AM', 'PM')}[d]
            rest = self.s[self.i:].lower()
            for index, name in sorted(enumerate(names), key=lambda p: -len(p[1])):
                if rest.startswith(name.lower()):
                    self.i += len(name)
                    if d in 'bB':
                        self.found['m'] = index % 12 + 1
                    elif d == 'p':
                        self.found['p'] = index
                    return
            self.fail()
        elif d == 'z':
            s = self.s
            if self.i < len(s) and s[self.i] in 'Zz':
                self.i += 1
                self.found['z'] = 0
                return
            if self.i >= len(s) or s[self.i] not in '+-':
                self.fail()
            sign = -1 if s[self.i] == '-' else 1
            digits = s[self.i + 1:self.i + 5]
            if len(digits) != 4 or not digits.isdigit():
                self.fail()
            self.i += 5
            self.found['z'] = sign * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
        elif d == 'Z':
            for name in sorted({'utc', 'gmt', tzname[0].lower(), tzname[1].lower()}, key=len, reverse=True):
                if self.s[self.i:].lower().startswith(name):
                    self.found['Z'] = self.s[self.i:self.i + len(name)]
                    self.i += len(name)
                    return
            self.fail()
        elif d == '%':
            if self.s[self.i:self.i + 1] != '%':
                self.fail()
            self.i += 1
        else:
            raise ValueError(f"'{d}' is a bad directive in format '%{d}'")


_tzset()
_init_timezone()
