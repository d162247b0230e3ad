import time
for s, f in [('2024-02-29 13:05:09', '%Y-%m-%d %H:%M:%S'), ('Thu Nov 21 07:45:40 2024', '%a %b %d %H:%M:%S %Y'),
             ('5 march 99 3PM', '%d %B %y %I%p'), ('100 2023', '%j %Y'), ('12:30:01.5 +0130', '%H:%M:%S.%f %z'),
             ('31/12/1999', '%d/%m/%Y')]:
    t = time.strptime(s, f)
    print(t, t.tm_zone, t.tm_gmtoff)
for s, f in [('2024-13-01', '%Y-%m-%d'), ('2024-01-01x', '%Y-%m-%d'), ('abc', '%Y')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print(e)
print(time.strptime(time.ctime(0)) == time.strptime(time.ctime(0), '%a %b %d %H:%M:%S %Y'))
