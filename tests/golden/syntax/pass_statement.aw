def f():
    pass
class C:
    pass
for i in range(3):
    pass
print(f(), C.__name__, i)
