import termios, tty, os, sys, io
print(termios.ECHO, termios.ICANON, termios.TCSAFLUSH, termios.NCCS, termios.VMIN, termios.B9600, termios.error.__module__)
r, w = os.pipe()
for f in [lambda: termios.tcgetattr(r), lambda: termios.tcgetattr('x'), lambda: termios.tcgetattr(-1),
          lambda: termios.tcsetattr(r, termios.TCSANOW, [0]*7), lambda: termios.tcsetattr(r, 0, 5),
          lambda: termios.tcflush(r, termios.TCIFLUSH), lambda: termios.tcdrain(w), lambda: tty.setraw(r),
          lambda: termios.tcgetattr(io.StringIO())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e, e.args)
os.close(r)
os.close(w)
print(tty.IFLAG, tty.CC, sorted(n for n in ('ECHO', 'ICANON', 'ISIG', 'VMIN', 'VTIME', 'TCSANOW', 'B38400') if hasattr(termios, n)))
for name in ('pipe', 'O_NOCTTY', 'O_DIRECTORY', 'O_NOFOLLOW'):
    print(name, hasattr(os, name))
