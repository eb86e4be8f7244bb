class C:
    a = 1
    b = a + 1
    items = [i * 2 for i in range(a + 2)]
    try:
        bad = [a * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(C.a, C.b, C.items, C.err)
