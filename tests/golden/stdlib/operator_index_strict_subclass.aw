# operator.index: an __index__ that returns an int subclass (bool) warns DeprecationWarning and
# gives a plain int
import operator
import warnings


class Flag:
    def __index__(self):
        return True


class Plain:
    def __index__(self):
        return 4


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    r = operator.index(Flag())
    print(r, type(r).__name__, operator.index(Plain()), operator.index(True), type(operator.index(True)).__name__)
    for w in caught:
        print(w.category.__name__, w.message)
