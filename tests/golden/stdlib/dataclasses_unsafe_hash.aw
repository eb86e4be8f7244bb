from dataclasses import dataclass
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: str = 'x'
print(hash(H(1)) == hash((1, 'x')), H(1) == H(1), len({H(1), H(1), H(2)}))
