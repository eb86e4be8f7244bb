from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
print(Version(1) < Version(2), sorted([Version(3), Version(1, 5), Version(1, 2)]))
print(hash(Version(1)) == hash(Version(1)), {Version(1): 'one'}[Version(1)])
try:
    Version(1).major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))
