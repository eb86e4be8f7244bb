import getpass, grp, os, pwd

root = pwd.getpwuid(0)
print(root, root.pw_name, root[2], len(root), type(root).__name__)
print(pwd.getpwnam('root') == root, any(e.pw_uid == 0 for e in pwd.getpwall()))
g = grp.getgrgid(0)
print(g, g.gr_name, g.gr_mem, grp.getgrnam('root') == g, any(e.gr_gid == 0 for e in grp.getgrall()))
for f in [lambda: pwd.getpwuid(99999), lambda: pwd.getpwnam('nobodyx'), lambda: pwd.getpwuid('0'),
          lambda: pwd.getpwnam(0), lambda: grp.getgrgid(99999), lambda: grp.getgrnam('nogroupx'),
          lambda: grp.getgrgid('0'), lambda: grp.getgrnam(1), lambda: pwd.getpwnam('a\x00b')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e))
saved = {k: os.environ.pop(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME') if k in os.environ}
os.environ['USER'] = 'someone'
print(getpass.getuser())
del os.environ['USER']
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
os.environ.update(saved)
print(issubclass(getpass.GetPassWarning, UserWarning))
