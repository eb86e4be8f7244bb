import os
for f in [lambda: os.stat('no_such_file'), lambda: os.listdir('no_such_dir'), lambda: os.chdir('no_such_dir'),
          lambda: os.mkdir('.'), lambda: os.rmdir('no_such_dir'), lambda: os.remove('no_such_file'),
          lambda: os.rename('no_such_a', 'no_such_b')]:
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
for f in [lambda: os.remove(1.5), lambda: os.stat(1.5), lambda: os.fspath(1), lambda: os.listdir(3.0)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    os.stat('nope')
except FileNotFoundError as e:
    print(e.filename, e.strerror)
