def tag(name):
    def deco(f):
        def w():
            return f'<{name}>' + f() + f'</{name}>'
        return w
    return deco
@tag('b')
@tag('i')
def text():
    return 'word'
print(text())
