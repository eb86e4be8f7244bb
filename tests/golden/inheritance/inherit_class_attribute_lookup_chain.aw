class A:
    x = 'A.x'
    y = 'A.y'
class B(A):
    y = 'B.y'
class C(B):
    pass
print(C.x, C.y, C().x, C.__bases__[0].__name__, B.__base__.__name__)
A.x = 'changed'
print(C.x)
