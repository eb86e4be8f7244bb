# reversed()'s length hint asks len() of the sequence again (errors propagate, a shrunk
# sequence gives 0); dict.fromkeys of a set, frozenset or dict reuses their stored hashes.
import operator


class Flaky:
    asked = 0

    def __len__(self):
        self.asked += 1
        if self.asked > 1:
            raise ZeroDivisionError("second len")
        return 4

    def __getitem__(self, i):
        return i * 10


it = reversed(Flaky())
try:
    operator.length_hint(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Resizable:
    size = 6

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        return i


seq = Resizable()
it = reversed(seq)
print(operator.length_hint(it), next(it), next(it), operator.length_hint(it))
seq.size = 3
print(operator.length_hint(it))
seq.size = 50
print(operator.length_hint(it), list(it))


class Counted(int):
    hashes = 0

    def __hash__(self):
        Counted.hashes += 1
        return int.__hash__(self)


keys = dict.fromkeys(map(Counted, range(6)))
for label, make in [("set", lambda: dict.fromkeys(set(keys), 0)),
                    ("frozenset", lambda: dict.fromkeys(frozenset(keys), 1)),
                    ("dict", lambda: dict.fromkeys(keys, 2)),
                    ("list", lambda: dict.fromkeys(list(keys), 3))]:
    source_hashes = Counted.hashes
    result = make()
    print(label, sorted(result.items()), Counted.hashes - source_hashes)
