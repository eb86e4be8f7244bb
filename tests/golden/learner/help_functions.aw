# help() and pydoc on user functions: signatures with annotations, defaults, keyword-only and
# positional-only parameters, docstrings cleaned of their indentation.
import functools
import pydoc


def area(r: float, *, scale: int = 1) -> float:
    """Area of a circle of radius r.

    The result is multiplied by scale."""
    return 3.14 * r * r * scale


def mixed(a, b=2, /, c=None, *args, d, e='x', **kwargs):
    "One line."


def undocumented(x, y=[1, 2], z={'k': (1, 2)}):
    pass


async def fetch(url, *, timeout=10.0):
    """Fetch url."""


def gen(n):
    """Yield n numbers."""
    yield from range(n)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def wrapped(p, q=3):
    """Wrapped function."""


help(area)
help(mixed)
help(undocumented)
help(fetch)
help(gen)
help(wrapped)
help(lambda x, y=1: x + y)
print(repr(pydoc.getdoc(area)))
print(repr(pydoc.getdoc(undocumented)))
print(pydoc.render_doc(area, renderer=pydoc.plaintext))
print(pydoc.render_doc(mixed, title='About %s', renderer=pydoc.plaintext))
print(pydoc.describe(area), '|', pydoc.describe(fetch), '|', pydoc.describe(len))
print(pydoc.plain(pydoc.text.bold('bold')))
