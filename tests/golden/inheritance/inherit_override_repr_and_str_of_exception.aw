class MyError(ValueError):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyError(404)
except ValueError as e:
    print(type(e).__name__, e, e.code, repr(e), isinstance(e, MyError))
