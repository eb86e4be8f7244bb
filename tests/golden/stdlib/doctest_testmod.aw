# doctest.testmod on this module's docstrings: passing, failing, exceptions, option flags,
# verbose mode, __test__, DocTestSuite under unittest, and the parser.
import contextlib
import doctest
import io
import os
import sys
import unittest


def add(a, b):
    """Add two things.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def double(n):
    """
    >>> double(2)
    5
    >>> double(-1)
    Traceback (most recent call last):
        ...
    ValueError: negative
    >>> print("x\\ny")
    x
    y
    >>> print('')
    <BLANKLINE>
    >>> list(range(12))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5,
     6, 7, 8, 9, 10, 11]
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> double('q')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: something else
    """
    if isinstance(n, int) and n < 0:
        raise ValueError("negative")
    return n * 2


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s.items)
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()


__test__ = {"extra": """
>>> 2 * 3
7
"""}

here = os.path.abspath(__file__)


def run(**kwargs):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = doctest.testmod(**kwargs)
    print(buf.getvalue().replace(here, "THIS"), end="")
    print(result)


run()
run(verbose=True)
run(optionflags=doctest.ELLIPSIS | doctest.REPORT_ONLY_FIRST_FAILURE)

suite = doctest.DocTestSuite()
print(suite.countTestCases())
buf = io.StringIO()
result = unittest.TextTestRunner(stream=buf, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), result.wasSuccessful())

parser = doctest.DocTestParser()
for e in parser.get_examples(">>> a = 1\n>>> a + 1\n2\n>>> for i in range(2):\n...     i\n0\n1\n"):
    print(repr(e.source), repr(e.want), e.lineno)
print(doctest.script_from_examples(">>> x = 3\n>>> x\n3\nText here.\n"), end="")
