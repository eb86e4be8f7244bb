# operator: the function forms of every operator, itemgetter, attrgetter, methodcaller.
import operator as op
from operator import itemgetter, attrgetter, methodcaller
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)))
print(itemgetter(1, 0)(data[0]), itemgetter(slice(1, None))("hello"))
print(repr(itemgetter(1, 'x')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, k=2)))
class P:
    def __init__(s, n): s.name = n; s.me = s
    def greet(s, g, punct='!'): return g + ' ' + s.name + punct
p = P('bob')
print(attrgetter('name')(p), attrgetter('me.name', 'name')(p))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='?')(p))
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(5), op.lshift(1, 3), op.rshift(16, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1))
print(op.index(5), op.length_hint([1, 2]), op.call(len, 'abc'))
x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.imul(2, 3), op.iconcat([1], [3]))
import functools
print(functools.reduce(op.mul, range(1, 6)))
try: op.concat(1, 2)
except TypeError as e: print(e)
try: op.indexOf([1], 5)
except ValueError as e: print(e)
print(op.__add__ is op.add, op.__name__)
