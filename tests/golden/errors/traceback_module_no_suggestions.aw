# CPython 3.11's traceback module (and so logging.exception) prints NameError/AttributeError
# without the "Did you mean" that the interpreter's own report adds.
import logging
import sys
import traceback


class Point:
    x = 1


def attempts():
    yield lambda: Point().xx
    yield lambda: (5).reall
    yield lambda: traceback.format_exz
    yield lambda: lenn([])


for attempt in attempts():
    try:
        attempt()
    except Exception as e:
        print(traceback.format_exc().splitlines()[-1])
        print("".join(traceback.format_exception_only(type(e), e)).rstrip())
        print(traceback.TracebackException.from_exception(e).format_exception_only().__next__().rstrip())

class LastLines:
    # keeps the output free of the test's absolute path: the traceback's last two lines only
    def write(self, text):
        lines = text.rstrip("\n").splitlines()
        print("\n".join(lines[:1] + lines[-2:]))

    def flush(self):
        pass


logging.basicConfig(stream=LastLines(), format="%(levelname)s %(message)s")
try:
    Point().yy
except AttributeError:
    logging.exception("logged")
