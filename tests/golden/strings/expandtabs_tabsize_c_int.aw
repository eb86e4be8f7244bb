# expandtabs takes its tabsize as a C int: wider values are an OverflowError, and a large
# tabsize that fits still pads the tab in one go.
for size in (2**31, 1 << 62, -(2**31) - 1):
    try:
        "\tx".expandtabs(size)
    except OverflowError as e:
        print(type(e).__name__, e)
print(len("\tx".expandtabs(100000)))
print(repr("ab\tc".expandtabs(-5)), repr("ab\tc".expandtabs(0)))
print("12\t3\n4\t5".expandtabs(4))
