"""_sqlite3 prelude: CPython 3.11's Connection, Cursor, Row, exceptions, adapters and
converters, written over the native core of stdlib/sqlite3.c (_open, _Db, _Stmt), which runs
this file in the module's dict. Behaviour and messages follow CPython's Modules/_sqlite."""

from _thread import get_ident as _get_ident

version = "2.6.0"
threadsafety = 3          # SQLite's serialized mode, as CPython reports it
PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2


class Warning(Exception):
    __module__ = "sqlite3"

class Error(Exception):
    __module__ = "sqlite3"

class InterfaceError(Error):
    __module__ = "sqlite3"

class DatabaseError(Error):
    __module__ = "sqlite3"

class InternalError(DatabaseError):
    __module__ = "sqlite3"

class OperationalError(DatabaseError):
    __module__ = "sqlite3"

class ProgrammingError(DatabaseError):
    __module__ = "sqlite3"

class IntegrityError(DatabaseError):
    __module__ = "sqlite3"

class DataError(DatabaseError):
    __module__ = "sqlite3"

class NotSupportedError(DatabaseError):
    __module__ = "sqlite3"

# the order the native core indexes them (EXC_* in sqlite3.c)
_EXCS = (Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
         InternalError, ProgrammingError, NotSupportedError)


class PrepareProtocol:
    __module__ = "sqlite3"


adapters = {}
converters = {}
_base_type_adapted = False
_MISSING = object()


def register_adapter(type, adapter, /):
    global _base_type_adapted
    if type is int or type is float or type is str or type is bytearray:
        _base_type_adapted = True
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter, /):
    if not isinstance(typename, str):
        raise TypeError(f"register_converter() argument 1 must be str, not {_arg_type(typename)}")
    converters[typename.upper()] = converter


def adapt(obj, proto=PrepareProtocol, alt=_MISSING, /):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    try:
        hook = proto.__adapt__
    except AttributeError:
        pass
    else:
        adapted = hook(obj)
        if adapted is not None:
            return adapted
    try:
        hook = obj.__conform__
    except AttributeError:
        pass
    else:
        adapted = hook(proto)
        if adapted is not None:
            return adapted
    if alt is not _MISSING:
        return alt
    raise ProgrammingError("can't adapt")


def _need_adapt(value):
    if _base_type_adapted:
        return True
    t = type(value)
    return not (t is int or t is float or t is str or t is bytearray)


def _bind_one(st, index, value, label):
    if _need_adapt(value):
        value = adapt(value, PrepareProtocol, value)
    if not st.bind(index, value):
        raise ProgrammingError(f"Error binding parameter {label}: type '{type(value).__name__}' is not supported")


def _bind(st, params):
    count = st.param_count()
    if type(params) is tuple or type(params) is list or (
            not isinstance(params, dict) and hasattr(type(params), "__getitem__")):
        supplied = len(params)
        if supplied != count:
            raise ProgrammingError("Incorrect number of bindings supplied. The current statement uses "
                                   f"{count}, and there are {supplied} supplied.")
        for i in range(count):
            _bind_one(st, i + 1, params[i], i + 1)
    elif isinstance(params, dict):
        for i in range(1, count + 1):
            name = st.param_name(i)
            if name is None:
                raise ProgrammingError(f"Binding {i} has no name, but you supplied a dictionary "
                                       "(which has only names).")
            name = name[1:]
            try:
                value = params[name]
            except KeyError:
                raise ProgrammingError(f"You did not supply a value for binding parameter :{name}.") from None
            _bind_one(st, i, value, i)
    else:
        raise ProgrammingError("parameters are of unsupported type")


def _converter_for_colname(name):
    start = -1
    for pos, ch in enumerate(name):
        if ch == "[":
            start = pos + 1
        elif ch == "]" and start >= 0:
            return converters.get(name[start:pos].upper())
    return None


def _converter_for_decltype(decl):
    for pos, ch in enumerate(decl):
        if ch == " " or ch == "(":
            decl = decl[:pos]
            break
    return converters.get(decl.upper())


def _column_name(name, detect_types):
    if detect_types & PARSE_COLNAMES:
        pos = name.find("[")
        if pos >= 0:
            if pos > 0 and name[pos - 1] == " ":
                pos -= 1
            return name[:pos]
    return name


def _arg_type(value):
    """The type name in Argument Clinic's messages ('None' for None)."""
    return "None" if value is None else type(value).__name__


def _ascii_lower(s):
    return s.lower() if s.isascii() else "".join(c.lower() if c.isascii() else c for c in s)


class Connection:
    __module__ = "sqlite3"
    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        if not isinstance(database, (str, bytes)):
            fspath = getattr(type(database), "__fspath__", None)
            if fspath is None:
                raise TypeError(f"expected str, bytes or os.PathLike object, not {type(database).__name__}")
            database = fspath(database)
        self._db = None
        self._begin = None
        self._isolation_level = None
        db = _open(database, timeout, uri, _EXCS)
        self._detect_types = detect_types
        self._check_same_thread = bool(check_same_thread)
        self._thread_ident = _get_ident()
        self.row_factory = None
        self.text_factory = str
        self._db = db
        self.isolation_level = isolation_level

    def _check(self):
        db = getattr(self, "_db", None)
        if db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._check_same_thread and _get_ident() != self._thread_ident:
            raise ProgrammingError(
                "SQLite objects created in a thread can only be used in that same thread. "
                f"The object was created in thread id {self._thread_ident} and this is thread id {_get_ident()}.")
        if not db.is_open():
            raise ProgrammingError("Cannot operate on a closed database.")
        return db

    def _check_open(self):
        db = getattr(self, "_db", None)
        if db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if not db.is_open():
            raise ProgrammingError("Cannot operate on a closed database.")
        return db

    @property
    def isolation_level(self):
        self._check_open()
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, value):
        db = self._check_open()
        if value is None:
            self._begin = None
            self._isolation_level = None
            if not db.autocommit():
                db.exec("COMMIT")
            return
        if not isinstance(value, str):
            raise TypeError("isolation_level must be str or None")
        if value.upper() not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
        self._begin = "BEGIN " + value.upper()
        self._isolation_level = value.upper()

    @property
    def in_transaction(self):
        return not self._check_open().autocommit()

    @property
    def total_changes(self):
        return self._check_open().total_changes()

    def cursor(self, factory=_MISSING):
        self._check()
        cursor = Cursor(self) if factory is _MISSING else factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError(f"factory must return a cursor, not {type(cursor).__name__}")
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        db = self._check()
        if not db.autocommit():
            db.exec("COMMIT")

    def rollback(self):
        db = self._check()
        if not db.autocommit():
            db.exec("ROLLBACK")

    def close(self):
        db = getattr(self, "_db", None)
        if db is None:
            return
        if self._check_same_thread and _get_ident() != self._thread_ident:
            self._check()
        db.close()

    def interrupt(self):
        self._check_open().interrupt()

    def create_function(self, name, narg, func, *, deterministic=False):
        db = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_function() argument 'name' must be str, not {_arg_type(name)}")
        db.create_function(name, narg, func, bool(deterministic), False)

    def create_aggregate(self, name, n_arg, aggregate_class):
        db = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_aggregate() argument 'name' must be str, not {_arg_type(name)}")
        db.create_function(name, n_arg, aggregate_class, False, True)

    def create_collation(self, name, callback, /):
        db = self._check()
        if not isinstance(name, str):
            raise TypeError(f"create_collation() argument 1 must be str, not {_arg_type(name)}")
        if callback is not None and not callable(callback):
            raise TypeError("parameter must be callable")
        db.create_collation(name, callback)

    def set_authorizer(self, authorizer_callback):
        self._check().set_authorizer(authorizer_callback)

    def set_progress_handler(self, progress_handler, n):
        self._check().set_progress_handler(progress_handler, n)

    def set_trace_callback(self, trace_callback):
        self._check().set_trace_callback(trace_callback)

    def iterdump(self):
        from sqlite3.dump import _iterdump
        return _iterdump(self)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        db = self._check()
        if not isinstance(target, Connection):
            raise TypeError(f"backup() argument 'target' must be sqlite3.Connection, not {_arg_type(target)}")
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        target_db = target._check()
        if progress is not None and not callable(progress):
            raise TypeError("progress argument must be a callable")
        db.backup(target_db, pages, name)
        if progress is not None:
            progress(101, 0, 0)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False


class Cursor:
    __module__ = "sqlite3"

    def __init__(self, connection, /):
        if not isinstance(connection, Connection):
            raise TypeError(f"Cursor() argument 1 must be sqlite3.Connection, not {_arg_type(connection)}")
        self.connection = connection
        self.description = None
        self.arraysize = 1
        self.lastrowid = None
        self.rowcount = -1
        self.row_factory = None
        self._st = None
        self._convs = None
        self._closed = False
        self._locked = False

    def _check(self):
        if "connection" not in self.__dict__:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        if self._locked:
            raise ProgrammingError("Recursive use of cursors not allowed.")
        return self.connection._check()

    def _drop_statement(self):
        st = self._st
        self._st = None
        if st is not None:
            st.close()

    def _cast_map(self, st):
        detect = self.connection._detect_types
        if not detect:
            return None
        names = st.columns()
        decls = st.decltypes() if detect & PARSE_DECLTYPES else None
        convs = []
        for i, name in enumerate(names):
            conv = None
            if detect & PARSE_COLNAMES and name:
                conv = _converter_for_colname(name)
            if conv is None and decls is not None and decls[i] is not None:
                conv = _converter_for_decltype(decls[i])
            convs.append(conv)
        return convs if any(c is not None for c in convs) else None

    def _execute(self, sql, params_iter, multiple):
        db = self._check()
        self._locked = True
        try:
            self._drop_statement()
            self.description = None
            self.rowcount = -1
            conn = self.connection
            st = db.prepare(sql)
            if st is None:
                return self
            if multiple and not st.is_dml:
                st.close()
                raise ProgrammingError("executemany() can only execute DML statements.")
            if conn._begin is not None and st.is_dml and db.autocommit():
                db.exec(conn._begin)
            self.rowcount = 0 if st.is_dml else -1
            has_row = False
            for params in params_iter:
                st.reset()
                _bind(st, params)
                has_row = st.step()
                self._convs = self._cast_map(st)
                if self.description is None:
                    names = st.columns()
                    if names:
                        detect = conn._detect_types
                        self.description = tuple((_column_name(n, detect), None, None, None, None, None, None)
                                                 for n in names)
                if not has_row:
                    if st.is_dml:
                        self.rowcount += db.changes()
                    st.reset()
            if not multiple:
                self.lastrowid = db.last_insert_rowid()
            if has_row:
                self._st = st
            else:
                st.close()
            return self
        except BaseException:
            self._drop_statement()
            self.rowcount = -1
            raise
        finally:
            self._locked = False

    def execute(self, sql, parameters=(), /):
        if not isinstance(sql, str):
            raise TypeError(f"execute() argument 1 must be str, not {_arg_type(sql)}")
        return self._execute(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        if not isinstance(sql, str):
            raise TypeError(f"executemany() argument 1 must be str, not {_arg_type(sql)}")
        return self._execute(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        if not isinstance(sql_script, str):
            raise TypeError(f"executescript() argument must be str, not {_arg_type(sql_script)}")
        db = self._check()
        self._drop_statement()
        db.execscript(sql_script)
        return self

    def _fetch_row(self, st):
        factory = self.connection.text_factory
        convs = self._convs
        if factory is str:
            row = st.row(False)
        elif factory is bytes:
            row = st.row(True)
        else:
            types = st.coltypes()
            row = tuple(factory(v) if types[i] == 3 else v for i, v in enumerate(st.row(True)))
        if convs is not None:
            values = list(row)
            for i, conv in enumerate(convs):
                if conv is not None:
                    blob = st.column_blob(i)
                    values[i] = None if blob is None else conv(blob)
            row = tuple(values)
        return row

    def __iter__(self):
        return self

    def __next__(self):
        db = self._check()
        st = self._st
        if st is None:
            raise StopIteration
        row = self._fetch_row(st)
        try:
            has_row = st.step()
        except BaseException:
            self._drop_statement()
            raise
        if not has_row:
            if st.is_dml:
                self.rowcount = db.changes()
            self._drop_statement()
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def fetchone(self):
        try:
            return self.__next__()
        except StopIteration:
            return None

    def fetchmany(self, size=_MISSING):
        if size is _MISSING:
            size = self.arraysize
        rows = []
        while size != 0:
            size -= 1
            try:
                rows.append(self.__next__())
            except StopIteration:
                break
        return rows

    def fetchall(self):
        return list(self)

    def close(self):
        if "connection" not in self.__dict__:
            raise ProgrammingError("Base Cursor.__init__ not called.")
        self.connection._check()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


class Row:
    __module__ = "sqlite3"
    __slots__ = ("_data", "_desc")

    def __new__(cls, cursor, data, /):
        if not isinstance(cursor, Cursor):
            raise TypeError(f"Row() argument 1 must be sqlite3.Cursor, not {_arg_type(cursor)}")
        if not isinstance(data, tuple):
            raise TypeError(f"Row() argument 2 must be tuple, not {_arg_type(data)}")
        self = object.__new__(cls)
        self._data = data
        self._desc = cursor.description
        return self

    def keys(self):
        return [d[0] for d in self._desc] if self._desc is not None else []

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._data[key]
        if isinstance(key, str):
            if self._desc is not None:
                wanted = _ascii_lower(key)
                for i, d in enumerate(self._desc):
                    if _ascii_lower(d[0]) == wanted:
                        return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, slice):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._desc == other._desc and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not (self._desc == other._desc and self._data == other._data)

    def __hash__(self):
        return hash(self._desc) ^ hash(self._data)

    def _no_order(self, other, op):
        other_name = "sqlite3.Row" if isinstance(other, Row) else type(other).__name__
        raise TypeError(f"'{op}' not supported between instances of 'sqlite3.Row' and '{other_name}'")

    def __lt__(self, other):
        self._no_order(other, "<")

    def __le__(self, other):
        self._no_order(other, "<=")

    def __gt__(self, other):
        self._no_order(other, ">")

    def __ge__(self, other):
        self._no_order(other, ">=")


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


def enable_shared_cache(enable):
    """aw: accepted and ignored (SQLite's shared-cache mode is deprecated; see SPEC.md)."""
