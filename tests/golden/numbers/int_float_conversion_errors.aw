for s in ['abc', '', '1.5', '12a', '0x10']:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['abc', '1.2.3', '']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 1)
except ValueError as e:
    print(e)
