from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, WindowsPath
import ntpath

p = PureWindowsPath('c:/Program Files/App/config.ini')
print(p, repr(p), p.drive, p.root, p.anchor, p.parts)
print(p.name, p.stem, p.suffix, p.parent, list(p.parents)[-1], p.as_posix(), p.as_uri())
print(p.is_absolute(), PureWindowsPath('a/b').is_absolute(), p.is_reserved(), PureWindowsPath('nul').is_reserved())
print(PureWindowsPath('C:/Users') == PureWindowsPath('c:\\USERS'), PureWindowsPath('//server/share/file'))
print(PureWindowsPath('c:/a') / 'b' / '..' / 'c', PureWindowsPath('c:/a', 'd:b', 'c'))
print(p.with_suffix('.cfg'), p.with_name('x.txt'), p.relative_to('C:/program files'))
print(PureWindowsPath('c:/a/b').match('*\\B'), sorted([PureWindowsPath('b'), PureWindowsPath('A')]))
print(PurePosixPath('/etc/hosts').parts, PurePath('x/y'), type(PurePath('x')).__name__)
try:
    WindowsPath('c:/x')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    PureWindowsPath('c:/a').relative_to('d:/')
except ValueError as e:
    print('ValueError', e)
print(ntpath.join('c:\\', 'a', 'b.txt'), ntpath.split('c:\\a\\b'), ntpath.splitext('x.tar.gz'))
print(ntpath.normpath('c:/a/./b/../c'), ntpath.isabs('\\\\srv\\sh\\x'), ntpath.basename('c:\\dir\\f.py'))
print(ntpath.splitdrive('\\\\srv\\share\\dir'), ntpath.normcase('A/B'), ntpath.commonpath(['c:/a/b', 'C:/a/c']))
