import os, subprocess, termios, tempfile
cases = [
    lambda: subprocess.run(['echo', 'a\x00b']),
    lambda: subprocess.run([]),
    lambda: subprocess.run(['true'], env={'A\x00': 'b'}),
    lambda: subprocess.run(['true'], env={'A=B': 'c'}),
    lambda: subprocess.run(['true'], cwd=5),
    lambda: subprocess.run(['true'], stdout=12345),
    lambda: subprocess.run(['/etc/passwd']),
    lambda: subprocess.run(['/tmp']),
    lambda: subprocess.Popen(['true'], bufsize='x'),
    lambda: subprocess.run(['true'], text=True, universal_newlines=False),
    lambda: os.utime('/nonexistent-x', ns=(1, 2)),
    lambda: os.utime('/tmp', ns=(1.5, 2)),
    lambda: os.utime('/tmp', times=(1, 2), ns=(1, 2)),
    lambda: os.utime('/tmp', times=(1,)),
    lambda: os.statvfs('/nonexistent-x'),
    lambda: os.statvfs(3.5),
    lambda: os.chown('/nonexistent-x', 0, 0),
    lambda: os.symlink('a', '/nonexistent-dir/b'),
    lambda: os.confstr(10**6),
    lambda: os.waitpid(-12345, 0),
    lambda: os.dup(9999),
    lambda: os.fdopen('x'),
    lambda: termios.tcsetattr(0, 0, [0, 0, 0, 0, 0, 0, 'x']),
    lambda: termios.tcflush(9999, 0),
    lambda: open(os.devnull, opener=lambda p, f: 'x'),
    lambda: open(os.devnull, opener=lambda p, f: -1),
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
