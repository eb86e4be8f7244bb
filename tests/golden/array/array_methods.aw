# list-like methods, slicing, operators and reprs of array.array
import array
import copy

a = array.array("i", [1, 2, 3])
print(a, repr(array.array("d")), array.array("u", "hi"), array.array("b", b"ab"), a.itemsize, a.typecode)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a, a.index(3), a.count(2))
a.remove(2)
a.reverse()
print(a, a[1:], a[::-1], a[0], a[-1], len(a), 3 in a, list(a))
a[0] = 10
del a[1]
a[1:2] = array.array("i", [7, 8, 9])
print(a)
print(a + array.array("i", [1]), a * 2, 2 * a, a == array.array("i", [10, 7, 8, 9, 1]), a < array.array("i", [11]))
a += array.array("i", [5])
a *= 2
print(a)
c = copy.copy(a)
print(c == a, c is a, type(a), array.ArrayType)
u = array.array("u")
u.fromunicode("xyz")
print(u, u[1], u.tounicode())
q = array.array("q", range(3))
q.fromlist([7, 8])
print(q, q.tolist(), sorted(array.array("d", [3.5, 1.0, 2.25])))
