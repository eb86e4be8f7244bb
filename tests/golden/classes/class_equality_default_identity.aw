class C:
    pass
a, b = C(), C()
print(a == a, a == b, a != b, a is a)
