foo(a, b c)
