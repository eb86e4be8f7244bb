# dataclasses set __match_args__ from their fields, so positional patterns just work.
from dataclasses import dataclass, field

@dataclass
class Move:
    dx: int
    dy: int

@dataclass
class Say:
    text: str
    loud: bool = False
    tags: list = field(default_factory=list)

@dataclass
class Hidden:
    a: int
    b: int = field(default=0, init=False)

print(Move.__match_args__, Say.__match_args__, Hidden.__match_args__)

def run(cmd):
    match cmd:
        case Move(0, 0):
            return "stay"
        case Move(dx, 0):
            return f"horizontal {dx}"
        case Move(dx=0, dy=dy):
            return f"vertical {dy}"
        case Say(text, loud=True):
            return text.upper()
        case Say(text, False, [first, *_]):
            return f"{text} #{first}"
        case Say(text):
            return text
        case _:
            return "?"

for c in [Move(0, 0), Move(3, 0), Move(0, -2), Move(1, 1), Say("hi", True), Say("yo", tags=["x"]), Say("plain")]:
    print(run(c))
