# More mock patterns from real test suites: wraps, patching builtins/stdout/time, any_order,
# autospec'd classes, side_effect exception classes, create_autospec on functions, call_args
# comparisons, mock_add_spec, attach_mock, NonCallableMock, str/repr of MagicMock.
import io
import sys
import time
import json
from unittest import mock
from unittest.mock import patch, call, Mock, MagicMock


class Calculator:
    def add(self, a, b):
        return a + b

    def mul(self, a, b):
        return a * b


real = Calculator()
spy = Mock(wraps=real)
print(spy.add(2, 3), spy.add.call_args, spy.mul(4, 5))

with patch.object(Calculator, "add", wraps=real.add) as wrapped:
    print(Calculator().add(1, 1), wrapped.call_count)

with patch("sys.stdout", new_callable=io.StringIO) as out:
    print("captured text")
captured = out.getvalue()
print("captured:", repr(captured))

with patch("builtins.print") as fake_print:
    print("never shown", 1)
fake_print.assert_called_once_with("never shown", 1)
print("print calls:", fake_print.call_args_list)

with patch("time.time", return_value=1000.0):
    print(time.time())
print(time.time() > 1000.0)

with patch("json.loads", side_effect=ValueError):
    try:
        json.loads("{}")
    except ValueError as e:
        print("ValueError class raised:", type(e).__name__, e.args)

m = Mock()
m(1)
m(2)
m(3)
m.assert_has_calls([call(3), call(1)], any_order=True)
try:
    m.assert_has_calls([call(3), call(1)])
except AssertionError as e:
    print(str(e).splitlines()[0])
m.assert_any_call(2)
try:
    m.assert_any_call(9)
except AssertionError as e:
    print(e)

with patch(__name__ + ".Calculator", autospec=True) as FakeCalc:
    inst = Calculator()
    inst.add.return_value = 42
    print(inst.add(1, 2), isinstance(inst, mock.NonCallableMagicMock))
    try:
        inst.add(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        inst.divide
    except AttributeError as e:
        print("AttributeError:", e)
    FakeCalc.assert_called_once_with()

def greet(name, punctuation="!"):
    return "hi " + name + punctuation

fake_greet = mock.create_autospec(greet, return_value="mocked")
print(fake_greet("bob"), fake_greet.call_args == call("bob"))
fake_greet.assert_called_once_with("bob")
try:
    fake_greet("a", "b", "c")
except TypeError as e:
    print("TypeError:", e)

nm = mock.NonCallableMock()
try:
    nm()
except TypeError as e:
    print("TypeError:", str(e).split(" id=")[0])

parent = MagicMock()
child = Mock(return_value=None)
parent.attach_mock(child, "child")
child(1)
print(parent.mock_calls)

spec_later = Mock()
spec_later.mock_add_spec(["allowed"])
spec_later.allowed
try:
    spec_later.other
except AttributeError as e:
    print("AttributeError:", e)

mm = MagicMock()
print(str(mm).startswith("<MagicMock id="), format(mm, "") == str(mm))
mm.__str__.return_value = "custom str"
print(str(mm), len(MagicMock()), list(MagicMock()), 3 in MagicMock())
print(mock.call.method(1).kw(a=2) == mock.call.method(1).kw(a=2))
print(Mock(spec=["a", "b"]).a is not None, dir(Mock(spec=["a", "b"]))[-2:])
counter = Mock(side_effect=range(3))
print([counter() for _ in range(3)])
print(Mock(return_value=mock.sentinel.value)() is mock.sentinel.value)
