def pair():
    x = 0
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put
get, put = pair()
put(42)
print(get())
