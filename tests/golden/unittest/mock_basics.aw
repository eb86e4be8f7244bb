# unittest.mock: Mock and MagicMock, return_value/side_effect, call recording, assertion
# messages, ANY, sentinel, spec, configure_mock, reset_mock, PropertyMock, mock_open, seal.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT


def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raised", type(e).__name__ + ":", e)


m = Mock(return_value=3)
print(m(1, 2, key="v"), m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
m.assert_called_with(1, 2, key="v")
m.assert_called_once_with(1, ANY, key=ANY)
show("wrong args", lambda: m.assert_called_with(1, 3))
show("not once", lambda: (m(), m.assert_called_once())[1])
show("not called", lambda: Mock(name="fresh").assert_called())
show("never called with", lambda: Mock().assert_called_once_with(5))
show("not called check", lambda: m.assert_not_called())
print(m.call_args_list)
print(m.mock_calls == [call(1, 2, key="v"), call()])

# child mocks record through the parent
p = Mock()
p.db.connect("host", port=5)
p.db.connect().cursor().execute("SELECT 1")
print(p.mock_calls)
print(p.method_calls)
p.assert_has_calls([call.db.connect("host", port=5)])
show("has_calls", lambda: p.assert_has_calls([call.db.close()]))

# side_effect: iterable, exception, function, DEFAULT
it = Mock(side_effect=[1, 2, ValueError("third")])
print(it(), it())
show("third", it)
show("exhausted", it)
print(Mock(side_effect=lambda x: x * 2)(21))
show("raises", Mock(side_effect=KeyError("k")))
d = Mock(return_value="rv", side_effect=lambda: DEFAULT)
print(d())

# sentinel and ANY
print(sentinel.token, sentinel.token is sentinel.token, repr(sentinel.other))
print(ANY == 3, [1, ANY] == [1, "x"], repr(ANY))

# spec
class Service:
    greeting = "hi"
    def fetch(self, key, default=None): return key
    def close(self): pass

s = Mock(spec=Service)
print(isinstance(s, Service), s.fetch("a") is not None)
show("spec attr", lambda: s.missing)
ss = mock.create_autospec(Service, instance=True)
ss.fetch("k", default=2)
ss.fetch.assert_called_once_with("k", default=2)
show("autospec sig", lambda: ss.fetch())
show("spec_set", lambda: setattr(Mock(spec_set=Service), "other", 1))

# configure_mock / reset_mock / attributes
c = Mock()
c.configure_mock(**{"method.return_value": 3, "other.side_effect": KeyError})
print(c.method(), c.method.call_count)
c.reset_mock()
print(c.method.call_count, c.method())
n = Mock(name="named")
print(repr(n).split(" id=")[0], repr(n.attr).split(" id=")[0], repr(n.attr()).split(" id=")[0])

# MagicMock's magic methods
mm = MagicMock()
mm.__len__.return_value = 4
mm.__getitem__.side_effect = lambda k: k.upper()
mm.__iter__.return_value = iter([1, 2])
mm.__contains__.return_value = True
print(len(mm), mm["key"], list(mm), 5 in mm, bool(mm), int(mm), float(mm))
with mm as entered:
    print(entered is mm.__enter__.return_value)
mm.__enter__.assert_called_once_with()
print(mm == mm, mm != 3, hash(mm) == hash(mm))

# PropertyMock
class Thing:
    @property
    def size(self): return 1
with mock.patch.object(Thing, "size", new_callable=mock.PropertyMock) as size:
    size.return_value = 99
    print(Thing().size)
    size.assert_called_once_with()

# mock_open
opener = mock.mock_open(read_data="line1\nline2\n")
with mock.patch("builtins.open", opener):
    with open("f.txt") as fh:
        print(fh.readline().strip(), fh.read().split())
    with open("g.txt", "w") as fh:
        fh.write("data")
opener.assert_any_call("f.txt")
print(opener.mock_calls[-3:])

# seal
sealed = Mock()
sealed.known.value = 1
mock.seal(sealed)
print(sealed.known.value)
show("sealed", lambda: sealed.unknown)

# call objects
print(call(1, a=2), call.name.sub(3), call(1) == call(1), call(1) == call(2))
print(call(1, 2).call_list(), call.x(1).y(2).call_list())
