# sys.exit(status): None means no argument, a tuple gives the arguments; builtin exit() keeps them
import sys

for status in [(), (None,), (0,), (3,), ("bye",), ((1, 2),), ((),), ([4],)]:
    try:
        sys.exit(*status)
    except SystemExit as e:
        print("sys.exit", status, "->", e.args, repr(e.code), repr(e))

for status in [(None,), ((1, 2),)]:
    try:
        raise SystemExit(*status)
    except SystemExit as e:
        print("SystemExit", status, "->", e.args, repr(e.code))
