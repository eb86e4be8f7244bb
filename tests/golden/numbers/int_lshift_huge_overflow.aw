# A left shift whose result could not even be counted in digits raises
# OverflowError; one merely too big to allocate raises MemoryError.
for shift in (10**30, 2**80, 10**100000):
    try:
        1 << shift
    except OverflowError as e:
        print("OverflowError", e)
for shift in (2**62, 2**64):
    try:
        1 << shift
    except MemoryError:
        print("MemoryError")
print(1 << 100 >> 98, 0 << 10**30)
