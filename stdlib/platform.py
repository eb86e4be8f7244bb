"""platform: identifying the underlying platform (the parts of CPython 3.11's Lib/platform.py
that Linux programs use, written for aw).

uname() and its parts come from os.uname(); libc_ver() from os.confstr, as CPython's does
first; platform() is CPython's string ('Linux-6.1.0-x86_64-with-glibc2.36'). Differences:
processor() is '' (CPython runs `uname -p`, which Debian answers 'unknown', shown as '');
python_implementation() is named after sys.implementation ('aw'); python_compiler() is ''
and python_build() is ('main', ''); mac_ver, win32_ver and java_ver give CPython's empty
answers.
"""

import collections
import itertools
import os
import re
import sys

__version__ = '1.0.8'

_uname_cache = None
_platform_cache = {}


def _unknown_as_blank(val):
    return '' if val == 'unknown' else val


class uname_result(collections.namedtuple('uname_result_base',
                                          'system node release version machine')):
    """A uname_result that's largely compatible with a simple namedtuple except that
    'processor' is resolved late and cached to avoid calling "uname" except when needed.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        return itertools.chain(super().__iter__(), (self.processor,))

    @classmethod
    def _make(cls, iterable):
        num_fields = len(cls._fields) - 1
        result = cls.__new__(cls, *iterable)
        if len(result) != num_fields + 1:
            msg = f'Expected {num_fields} arguments, got {len(result)}'
            raise TypeError(msg)
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    """Fairly portable uname interface. Returns a tuple of strings (system, node, release,
    version, machine, processor) identifying the underlying platform."""
    global _uname_cache
    if _uname_cache is None:
        system, node, release, version, machine = os.uname()
        _uname_cache = uname_result(*map(_unknown_as_blank,
                                         (system, node, release, version, machine)))
    return _uname_cache


def system():
    """Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """Returns the computer's network name (which may not be fully qualified)."""
    return uname().node


def release():
    """Returns the system's release, e.g. '2.2.0' or 'NT'."""
    return uname().release


def version():
    """Returns the system's release version, e.g. '#3 on degas'."""
    return uname().version


def machine():
    """Returns the machine type, e.g. 'i386'."""
    return uname().machine


def processor():
    """Returns the (true) processor name, e.g. 'amdk6' (aw: '')."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """Queries the given executable for its bits and linkage: ('64bit', 'ELF') for aw."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    if not linkage:
        linkage = 'ELF'
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """Tries to determine the libc version that the file executable is linked against."""
    try:
        ver = os.confstr('CS_GNU_LIBC_VERSION')
        parts = ver.split(maxsplit=1)
        if len(parts) == 2:
            return tuple(parts)
    except (AttributeError, ValueError, OSError):
        pass
    return lib, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def system_alias(system, release, version):
    """Returns (system, release, version) aliased to common marketing names (Linux: as is)."""
    return system, release, version


def _platform(*args):
    platform = '-'.join(x.strip() for x in filter(len, args))
    for c in ' /\\:;"()':
        platform = platform.replace(c, '_' if c == ' ' else '-')
    platform = platform.replace('unknown', '')
    while True:
        cleaned = platform.replace('--', '-')
        if cleaned == platform:
            break
        platform = cleaned
    while platform[-1] == '-':
        platform = platform[:-1]
    return platform


def platform(aliased=0, terse=0):
    """Returns a single string identifying the underlying platform with as much useful
    information as possible (but no more :)."""
    result = _platform_cache.get((aliased, terse), None)
    if result is not None:
        return result
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libcname, libcversion = libc_ver()
        platform = _platform(system, release, machine, processor, 'with', libcname + libcversion)
    elif terse:
        platform = _platform(system, release)
    else:
        bits, linkage = architecture(sys.executable)
        platform = _platform(system, release, machine, processor, bits, linkage)
    _platform_cache[(aliased, terse)] = platform
    return platform


def python_implementation():
    """Returns a string identifying the Python implementation (aw: 'aw')."""
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy', 'ironpython': 'IronPython',
            'jython': 'Jython'}.get(name, name)


def python_version():
    """Returns the Python version as string 'major.minor.patchlevel'."""
    return '%d.%d.%d' % tuple(sys.version_info[:3])


def python_version_tuple():
    """Returns the Python version as tuple (major, minor, patchlevel) of strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    """Returns a tuple (buildno, builddate) stating the Python build number and date."""
    return 'main', ''


def python_compiler():
    """Returns a string identifying the compiler used for compiling Python."""
    return ''


_os_release_line = re.compile(
    "^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>[\"\']?)(?P<value>.*)(?P=quote)$")
_os_release_unescape = re.compile(r"\\([\\\$\"\'`])")
_os_release_cache = None


def _parse_os_release(lines):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        mo = _os_release_line.match(line)
        if mo is not None:
            info[mo.group('name')] = _os_release_unescape.sub(r'\1', mo.group('value'))
    return info


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release."""
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, f"Unable to read files {', '.join(('/etc/os-release', '/usr/lib/os-release'))}")
    return _os_release_cache.copy()
