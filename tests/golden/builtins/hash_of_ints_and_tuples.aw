print(hash(0), hash(1), hash(-1), hash(42), hash(True), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)), hash(2**61 - 1), hash(2**61), hash(-2))
print(hash(None) == hash(None), hash(1.5) == hash(1.5))
