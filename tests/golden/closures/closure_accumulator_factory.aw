def make_acc(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_acc(100)
print(acc(10), acc(-5), acc(0))
