def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
