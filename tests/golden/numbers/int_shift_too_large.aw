# A left shift whose result could never exist is OverflowError ("too many digits in integer")
# when past CPython's size cap, MemoryError below it; right shifts of any size just give 0 or -1.
cases = [(1, 10 ** 40), (3, 2 ** 66), (1, 2 ** 63), (5, 2 ** 50), (0, 10 ** 40), (-6, 2 ** 70)]
for value, count in cases:
    try:
        print(value << count)
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, str(e) or "(no message)")
    print(value >> count)
print(1 << 100, -(1 << 70) >> 69)
