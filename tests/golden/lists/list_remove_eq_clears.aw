# list.remove() when the comparison empties the list: nothing is removed, the list
# stays consistent.
class Clearer:
    def __eq__(self, other):
        target.clear()
        return True

target = [Clearer()]
target.remove(object())
print(target, len(target), target == [])

class Popper:
    def __eq__(self, other):
        target.pop()
        return True

target = [1, Popper(), 3]
target.remove("x")
print(target, len(target))
target.append(4)
print(target)
