"""os: operating system interfaces (the parts of CPython 3.11's os that programs commonly use).

The system calls come from the native module `posix` (stdlib/os.c); this file adds what
CPython writes in Python: stat_result, environ, getenv, makedirs, removedirs, walk, scandir,
fspath, and binds os.path to posixpath.
"""

import abc
import sys
from posix import *
from posix import _exit, _stat, _lstat, _fstat, _statvfs, _environ, _system, _terminal_size
from posix import _uname, _confstr, _CS_PATH, _CS_GNU_LIBC_VERSION, _CS_GNU_LIBPTHREAD_VERSION
import posix as _posix

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_bytes_environ = True

import posixpath as path
sys.modules['os.path'] = path


# -- paths -------------------------------------------------------------------------------------

def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    return getcwd().encode('utf-8')


# -- stat --------------------------------------------------------------------------------------

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 19

    def __new__(cls, raw):
        self = tuple.__new__(cls, (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6],
                                   int(raw[7]), int(raw[8]), int(raw[9])))
        self._raw = raw
        return self

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            [f'{n}={v!r}' for n, v in zip(_STAT_FIELDS, self)]) + ')'

    def __reduce__(self):
        return (stat_result, (self._raw,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._raw[7])
    st_mtime = property(lambda self: self._raw[8])
    st_ctime = property(lambda self: self._raw[9])
    st_atime_ns = property(lambda self: self._raw[10])
    st_mtime_ns = property(lambda self: self._raw[11])
    st_ctime_ns = property(lambda self: self._raw[12])
    st_blksize = property(lambda self: self._raw[13])
    st_blocks = property(lambda self: self._raw[14])
    st_rdev = property(lambda self: self._raw[15])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_fstat(fd))


_STATVFS_FIELDS = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files',
                   'f_ffree', 'f_favail', 'f_flag', 'f_namemax')


class statvfs_result(tuple):
    """statvfs_result: Result from statvfs or fstatvfs."""

    n_sequence_fields = 10
    n_unnamed_fields = 0
    n_fields = 11

    def __new__(cls, raw):
        self = tuple.__new__(cls, raw[:10])
        self.f_fsid = raw[10]
        return self

    def __repr__(self):
        return 'os.statvfs_result(' + ', '.join(
            [f'{n}={v!r}' for n, v in zip(_STATVFS_FIELDS, self)]) + ')'

    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])


def statvfs(path):
    """Perform a statvfs system call on the given path."""
    return statvfs_result(_statvfs(path))


def fstatvfs(fd):
    """Perform an fstatvfs system call on the given fd."""
    return statvfs_result(_statvfs(fd))


class uname_result(tuple):
    """uname_result: Result from os.uname()."""

    n_sequence_fields = 5
    n_unnamed_fields = 0
    n_fields = 5
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return ('posix.uname_result(sysname=%r, nodename=%r, release=%r, version=%r, machine=%r)'
                % tuple(self))


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_uname())


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


_listdir = listdir


def listdir(path=None):
    """The names of the entries in the directory path (default '.'), in arbitrary order. A
    name that is not UTF-8 comes back with its bytes as lone surrogates (surrogateescape), as in
    CPython; such names are rare, so the native listing is tried first."""
    try:
        return _listdir(path)
    except UnicodeDecodeError:
        names = _listdir(fsencode('.' if path is None else fspath(path)))
        return [fsdecode(n) for n in names]


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd in a shell; a text stream of its output (mode 'r') or input (mode 'w') whose
    close() returns None or the exit status shifted left by 8 (CPython's os.popen)."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """popen()'s stream: closing it waits for the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def _exec_args(fname, args):
    if not isinstance(args, (tuple, list)):
        raise TypeError(f"{fname}() arg 2 must be a tuple or list")
    if not args:
        raise ValueError(f"{fname}() arg 2 must not be empty")
    args = [fsencode(a) if isinstance(a, PathLike) else a for a in args]
    if not args[0]:
        raise ValueError(f"{fname}() arg 2 first element cannot be empty")
    return args


def execv(path, argv):
    """Replaces this process by path run with the argument list argv (no return)."""
    args = _exec_args("execv", argv)
    _posix._execve(fspath(path), args, None)


def execve(path, argv, env):
    """execv with env (a mapping) as the new program's environment."""
    if not hasattr(env, "keys"):
        raise TypeError("execve: environment must be a mapping object")
    args = _exec_args("execve", argv)
    env_list = []
    for key, value in env.items():
        key, value = fsencode(key), fsencode(value)
        if not key or b"=" in key:
            raise ValueError("illegal environment variable name")
        env_list.append(key + b"=" + value)
    _posix._execve(fspath(path), args, env_list)


def execl(file, *args):
    """execl(file, *args): execv(file, args)."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): execve(file, args, env)."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args): execvp(file, args)."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env): execvpe(file, args, env)."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execv with file searched for along $PATH."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execve with file searched for along env's PATH."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    path_list = get_exec_path(env)
    file = fsencode(file)
    path_list = map(fsencode, path_list)
    for dir in path_list:
        fullname = path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


class times_result(tuple):
    """os.times(): user, system, children_user, children_system, elapsed (seconds)."""

    n_fields = n_sequence_fields = 5
    __match_args__ = ('user', 'system', 'children_user', 'children_system', 'elapsed')

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 5:
            raise TypeError(f"os.times_result() takes a 5-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        return ('posix.times_result(user=%r, system=%r, children_user=%r, children_system=%r, '
                'elapsed=%r)' % tuple(self))

    def __reduce__(self):
        return (times_result, (tuple(self),))


times_result.__module__ = 'posix'
times_result.__qualname__ = times_result.__name__ = 'times_result'


def times():
    """Process and children CPU times and the elapsed real time, as a times_result."""
    return times_result(_posix._times())


def truncate(path, length):
    """Truncates the file at path (or open descriptor) to length bytes."""
    if isinstance(path, int):
        return ftruncate(path, length)
    fd = open(path, O_WRONLY | O_CLOEXEC)
    try:
        ftruncate(fd, length)
    finally:
        close(fd)


def device_encoding(fd):
    """The encoding of a terminal descriptor ('UTF-8': aw's locale), None for anything else."""
    return 'UTF-8' if isatty(fd) else None


def lchown(path, uid, gid):
    """Change the owner and group id of path to the numeric uid and gid (not following
    symbolic links)."""
    chown(path, uid, gid, follow_symlinks=False)


confstr_names = {'CS_PATH': _CS_PATH, 'CS_GNU_LIBC_VERSION': _CS_GNU_LIBC_VERSION,
                 'CS_GNU_LIBPTHREAD_VERSION': _CS_GNU_LIBPTHREAD_VERSION}


def confstr(name):
    """Return a string-valued system configuration variable."""
    if isinstance(name, str):
        try:
            name = confstr_names[name]
        except KeyError:
            raise ValueError('unrecognized configuration name') from None
    return _confstr(name)


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]}, lines={self[1]})'


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_terminal_size(fd))


# -- environment -------------------------------------------------------------------------------

def _abc():
    import _collections_abc
    return _collections_abc


class _Environ:
    """os.environ / os.environb: CPython's mapping over the process environment (kept as bytes,
    as posix.environ), whose changes reach the real one through putenv/unsetenv. aw: the
    MutableMapping methods are written out, and the class is registered as a MutableMapping
    when _collections_abc is imported (importing it here would slow every program's start)."""

    __marker = object()

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{self.decodekey(key)!r}: {self.decodevalue(value)!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc().Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _abc().Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    # the Mapping / MutableMapping mixin methods
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return _abc().KeysView(self)

    def items(self):
        return _abc().ItemsView(self)

    def values(self):
        return _abc().ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, _abc().Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


if '_collections_abc' in sys.modules:
    sys.modules['_collections_abc'].MutableMapping.register(_Environ)


def _createenviron():
    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode('utf-8', 'surrogateescape')

    def decode(value):
        return value.decode('utf-8', 'surrogateescape')
    return _Environ(_environ(), encode, decode, encode, decode)


environ = _createenviron()
del _createenviron


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)
del _check_bytes


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist (bytes)."""
    return environb.get(key, default)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for a program, from env's PATH (default os.environ),
    else os.defpath."""
    if env is None:
        env = environ
    try:
        path_list = env.get('PATH')
    except TypeError:
        path_list = None
    try:
        path_listb = env[b'PATH']
    except (KeyError, TypeError):
        pass
    else:
        if path_list is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        path_list = path_listb
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def system(command):
    """Execute the command in a subshell."""
    return _system(command)


# -- directory trees ---------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): name, path, and the cached type of the file."""

    def __init__(self, dirpath, name):
        self.name = name
        if dirpath == curdir or dirpath == b'.':
            self.path = path.join(dirpath, name)
        else:
            self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the given path."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory."""
    top = fspath(top)
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


# Which functions take dir_fd (none), an fd for the path, or follow_symlinks: shutil and
# tempfile test these sets to choose their code paths.
supports_dir_fd = set()
supports_fd = {chmod, chown, utime, stat}
supports_effective_ids = set()
supports_follow_symlinks = {stat, chown, utime}   # Linux has no lchmod


# ---- fork and wait statuses -------------------------------------------------------------------

_at_fork_before, _at_fork_child, _at_fork_parent = [], [], []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Registers callables run around fork(): before (last registered first), then after_in_child
    in the child or after_in_parent in the parent (first registered first)."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, fn in (("before", before), ("after_in_child", after_in_child), ("after_in_parent", after_in_parent)):
        if fn is not None and not callable(fn):
            raise TypeError("'%s' must be callable, not %s" % (name, type(fn).__name__))
    if before is not None:
        _at_fork_before.append(before)
    if after_in_child is not None:
        _at_fork_child.append(after_in_child)
    if after_in_parent is not None:
        _at_fork_parent.append(after_in_parent)


def _run_fork_hooks(hooks):
    for fn in hooks:
        try:
            fn()
        except BaseException as exc:
            sys.unraisablehook(type("UnraisableHookArgs", (), {
                "exc_type": type(exc), "exc_value": exc, "exc_traceback": exc.__traceback__,
                "err_msg": "Exception ignored in", "object": fn})())


def fork():
    """Forks a child process: 0 in the child, the child's process id in the parent."""
    _run_fork_hooks(reversed(_at_fork_before))
    pid = _posix.fork()
    _run_fork_hooks(_at_fork_child if pid == 0 else _at_fork_parent)
    return pid


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) != 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def WIFCONTINUED(status):
    return status == 0xffff


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: its exit status, or -signal for a process killed."""
    if not isinstance(status, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError("process stopped by delivery of signal %d" % WSTOPSIG(status))
    raise ValueError("invalid wait status: %d" % status)


def wait():
    return waitpid(-1, 0)


# `from os import *`: the public names, without the modules os uses itself (as CPython's list)
__all__ = [_n for _n, _v in list(globals().items())
           if not _n.startswith(('_', 'supports_')) and _n != 'PathLike'
           and (_n == 'path' or type(_v) is not type(sys))]

