import configparser, io

cp = configparser.ConfigParser()
cp.read_string('''
[DEFAULT]
base = /opt
timeout = 30

[server]
host = example.com
port = 8080
path = %(base)s/srv
debug = yes
ratio = 0.75
; comment
# another
multi = first
    second

[empty]
''')
print(cp.sections(), cp.defaults(), 'server' in cp, 'nope' in cp)
s = cp['server']
print(s['host'], cp.getint('server', 'port'), cp.getboolean('server', 'debug'), cp.getfloat('server', 'ratio'))
print(cp.get('server', 'path'), cp.get('server', 'path', raw=True), repr(s['multi']), s.getint('timeout'))
print(dict(s), list(cp['empty']), cp.options('server'), cp.has_option('server', 'nope'))
print(cp.get('server', 'x', fallback='fb'), s.get('x', 'd'), cp.items('empty'))
cp['new'] = {'a': '1', 'B': 'two'}
cp.set('server', 'port', '9090')
cp.remove_option('server', 'ratio')
cp.remove_section('empty')
out = io.StringIO()
cp.write(out)
print(out.getvalue())
for f in [lambda: cp.get('nope', 'x'), lambda: cp.get('server', 'nope'), lambda: cp.getint('server', 'host'),
          lambda: cp.getboolean('server', 'host'), lambda: cp.add_section('server'),
          lambda: configparser.ConfigParser().read_string('[a]\nx=1\n[a]\n'),
          lambda: configparser.ConfigParser().read_string('no section\n'),
          lambda: configparser.ConfigParser().read_string('[a]\nx=1\nx=2\n'),
          lambda: configparser.ConfigParser().read_string('[a]\nbad line\n'),
          lambda: cp.set('server', 'k', 5)]:
    try:
        print(f())
    except (configparser.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = configparser.ConfigParser()
p.read_string('[a]\nx = %(y)s\n')
try:
    p.get('a', 'x')
except configparser.InterpolationError as e:
    print(type(e).__name__, e)
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[paths]\nroot = /r\ndata = ${root}/data\n[other]\nx = ${paths:data}/x\n')
print(e['other']['x'], e.get('paths', 'data'))
r = configparser.RawConfigParser()
r.read_dict({'s': {'k': '%v', 'n': 3}})
print(r.get('s', 'k'), r.get('s', 'n'), r.sections())
c = configparser.ConfigParser(allow_no_value=True, delimiters=('=',), comment_prefixes=('#',))
c.read_string('[flags]\nverbose\nlevel = 2\n')
print(c.get('flags', 'verbose'), c['flags']['level'])
print(configparser.ConfigParser().read(['/nonexistent/file.ini']))
