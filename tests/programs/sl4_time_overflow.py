import time

for c in [(2**31, 1, 1, 0, 0, 0, 0, 0, 0), (2**63, 1, 1, 0, 0, 0, 0, 0, 0),
          (2024, 2**31, 1, 0, 0, 0, 0, 0, 0), (-2**31 - 1, 1, 1, 0, 0, 0, 0, 0, 0),
          (2024, 1, 1, 0, 0, 0, 0, 0, 2**31), (88888888888,) * 9]:
    for f in (time.mktime, time.asctime, lambda c: time.strftime('%Y', c)):
        try:
            f(c)
        except OverflowError as e:
            print('OverflowError', e)
fields = (2024, 1, 2, 3, 4, 5, 6, 7, 0)
print(time.struct_time(fields).tm_zone, time.struct_time(fields, {'tm_zone': 'UTC'}).tm_zone)
print(time.struct_time(fields, {'tm_gmtoff': 60}).tm_gmtoff, time.struct_time(fields + ('X',), {'tm_zone': 'UTC'}).tm_zone)
for bad in (['tm_zone', 'UTC'], 5):
    try:
        time.struct_time(fields, bad)
    except TypeError as e:
        print(e)
