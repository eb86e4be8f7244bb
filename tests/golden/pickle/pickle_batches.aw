# a list longer than one batch (1000 items) round-trip
import pickle

big = list(range(1001))
print(pickle.loads(pickle.dumps(big, protocol=2)) == big)
