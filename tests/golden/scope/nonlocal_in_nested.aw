def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
        inner()
    mid()
    return x
print(outer())
