import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_zone, t[0:3], len(t), type(t).__name__, t.tm_gmtoff)
print(time.asctime(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %V %G %c %x %X %p %I %y %e %%", t))
t2 = time.gmtime(1700000000.7)
print(t2, time.asctime(t2), time.strftime('%D %T %R %u %w', t2))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.localtime(time.mktime(time.localtime(1000000))) == time.localtime(1000000))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), len(time.tzname))
a = time.perf_counter(); time.sleep(0.02); b = time.perf_counter(); print(0.015 < b - a < 1.0)
print(type(time.time()), type(time.time_ns()), type(time.monotonic_ns()), type(time.process_time()))
print(time.monotonic() <= time.monotonic(), abs(time.time() - time.time_ns() / 1e9) < 1)
for bad in (-1, 'x'):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.get_clock_info('monotonic').monotonic)
