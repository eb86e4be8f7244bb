def a():
    x = 'a'
    def b():
        y = 'b'
        def c():
            return x + y + 'c'
        return c
    return b
print(a()()())
