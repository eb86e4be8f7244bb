"""grp: the group database (aw's Python version of CPython 3.11's grp module).

Entries are read from /etc/group at each call, in file order; CPython asks the C library,
which also consults NSS sources aw does not see. Reprs, messages and the struct_group
fields are CPython's.
"""

__all__ = ['getgrall', 'getgrgid', 'getgrnam', 'struct_group']

_FIELDS = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')


class struct_group(tuple):
    """grp.struct_group: Results from getgr*() routines."""

    n_sequence_fields = 4
    n_unnamed_fields = 0
    n_fields = 4

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError('grp.struct_group() takes a 4-sequence (%d-sequence given)' % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'grp.struct_group(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_group, (tuple(self),))

    gr_name = property(lambda self: self[0])
    gr_passwd = property(lambda self: self[1])
    gr_gid = property(lambda self: self[2])
    gr_mem = property(lambda self: self[3])


def _entries():
    try:
        with open('/etc/group', encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(parts[2])
        except ValueError:
            continue
        members = [m for m in parts[3].split(',') if m]
        out.append(struct_group((parts[0], parts[1], gid, members)))
    return out


def getgrall():
    """Return a list of all available group entries, in arbitrary order."""
    return _entries()


def getgrgid(id):
    """Return the group database entry for the given numeric group ID."""
    if not isinstance(id, int):
        raise TypeError('gid should be integer, not %s' % type(id).__name__)
    for e in _entries():
        if e[2] == id:
            return e
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    """Return the group database entry for the given group name."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s" % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null byte')
    for e in _entries():
        if e[0] == name:
            return e
    raise KeyError('getgrnam(): name not found: %r' % name)
