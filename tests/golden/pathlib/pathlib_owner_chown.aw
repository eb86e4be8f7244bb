import grp, os, pwd, shutil, tempfile
from pathlib import Path

d = Path(tempfile.mkdtemp())
try:
    f = d / 'f.txt'
    f.write_text('x')
    st = f.stat()
    print(f.owner() == pwd.getpwuid(st.st_uid).pw_name, f.group() == grp.getgrgid(st.st_gid).gr_name)
    os.chown(f, st.st_uid, st.st_gid)
    os.chown(str(f), -1, -1)
    os.lchown(f, st.st_uid, -1)
    shutil.chown(f, user=pwd.getpwuid(st.st_uid).pw_name)
    shutil.chown(str(f), group=st.st_gid)
    print(f.stat().st_uid == st.st_uid, f.stat().st_gid == st.st_gid)
    for bad in [lambda: shutil.chown(f), lambda: shutil.chown(f, user='no-such-user-xyz'),
                lambda: shutil.chown(f, group='no-such-group-xyz'), lambda: os.chown(d / 'missing', 0, 0)]:
        try:
            bad()
        except (ValueError, LookupError, OSError) as e:
            print(type(e).__name__, str(e).replace(str(d), 'DIR'))
finally:
    shutil.rmtree(d)
