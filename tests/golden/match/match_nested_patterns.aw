# Patterns nest: sequences in mappings in classes, with captures at every level.
from dataclasses import dataclass

@dataclass
class Node:
    op: str
    args: list

def evaluate(tree):
    match tree:
        case int(n):
            return n
        case Node("+", [left, right]):
            return evaluate(left) + evaluate(right)
        case Node("*", [left, right]):
            return evaluate(left) * evaluate(right)
        case Node("-", [operand]):
            return -evaluate(operand)
        case Node(op, args):
            raise ValueError(f"bad node {op} with {len(args)} args")

print(evaluate(Node("+", [1, Node("*", [2, Node("-", [3])])])))
try:
    evaluate(Node("/", [1, 2]))
except ValueError as e:
    print(e)

config = {"server": {"hosts": ["a", "b", "c"], "port": 80}, "debug": False}
match config:
    case {"server": {"hosts": [first, *others], "port": int(port)}, "debug": False}:
        print(first, others, port)
