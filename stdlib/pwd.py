"""pwd: the password database (aw's Python version of CPython 3.11's pwd module).

Entries are read from /etc/passwd at each call, in file order; CPython asks the C library,
which also consults NSS sources (LDAP, systemd-homed, ...) that aw does not see. Reprs,
messages and the struct_passwd fields are CPython's.
"""

__all__ = ['getpwall', 'getpwnam', 'getpwuid', 'struct_passwd']

_FIELDS = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell')


class struct_passwd(tuple):
    """pwd.struct_passwd: Results from getpw*() routines."""

    n_sequence_fields = 7
    n_unnamed_fields = 0
    n_fields = 7

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 7:
            raise TypeError('pwd.struct_passwd() takes a 7-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'pwd.struct_passwd(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_passwd, (tuple(self),))

    pw_name = property(lambda self: self[0])
    pw_passwd = property(lambda self: self[1])
    pw_uid = property(lambda self: self[2])
    pw_gid = property(lambda self: self[3])
    pw_gecos = property(lambda self: self[4])
    pw_dir = property(lambda self: self[5])
    pw_shell = property(lambda self: self[6])


def _entries():
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            parts[2] = int(parts[2])
            parts[3] = int(parts[3])
        except ValueError:
            continue
        out.append(struct_passwd(parts))
    return out


def getpwall():
    """Return a list of all available password database entries, in arbitrary order."""
    return _entries()


def getpwuid(uid):
    """Return the password database entry for the given numeric user ID."""
    if not isinstance(uid, int):
        raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    if uid < 0 or uid > 0xFFFFFFFF:
        raise KeyError('getpwuid(): uid not found')
    for e in _entries():
        if e[2] == uid:
            return e
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name):
    """Return the password database entry for the given user name."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null byte')
    for e in _entries():
        if e[0] == name:
            return e
    raise KeyError('getpwnam(): name not found: %r' % name)
