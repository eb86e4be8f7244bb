#!/usr/bin/env python3
"""The REPL's background tasks, driven on a pseudo-terminal (`make test` runs it).

    tests/repl_pty.py [AW]          (default ./aw; exit status 0 iff every check passed)

It types into `aw` as a person would and checks what the terminal shows:
  - a task made with create_task() at the prompt keeps printing while the prompt waits,
  - text half typed at the prompt survives the redraws around that output,
  - top-level await works and gives its value,
  - Ctrl-C cancels a running cell (an await, or a blocking time.sleep) without ending the REPL
    or the background task,
  - Ctrl-D (end of input) exits with status 0.
Each step waits for what it expects (generous timeouts, no fixed sleeps), so a slow or loaded
machine only makes it slower.
"""
import os
import pty
import re
import select
import signal
import sys
import tempfile
import time

TIMEOUT = 20.0  # seconds any one expectation may take


class Session:
    def __init__(self, aw):
        self.home = tempfile.TemporaryDirectory()  # the history file goes there
        env = dict(os.environ, HOME=self.home.name, TERM="dumb")
        env.pop("AW_TIMELINE", None)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(aw, [aw], env)
        self.out = b""   # everything the terminal received
        self.pos = 0     # where the next expectation starts looking

    def read_some(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.fd], [], [], min(left, 0.1))
        if ready:
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                return False
            if not data:
                return False
            self.out += data
        return True

    def expect(self, pattern, what):
        """Waits until `pattern` (a regex on bytes) shows after the last match."""
        deadline = time.monotonic() + TIMEOUT
        regex = re.compile(pattern.encode())
        while True:
            m = regex.search(self.out, self.pos)
            if m:
                self.pos = m.end()
                return m
            if not self.read_some(deadline):
                fail(f"{what}: {pattern!r} did not appear within {TIMEOUT:.0f} s", self.out[-600:])

    def send(self, text):
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def wait_exit(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            self.read_some(deadline)
        os.kill(self.pid, signal.SIGKILL)
        fail("aw did not exit after Ctrl-D", self.out[-600:])


def fail(message, tail=b""):
    print(f"FAIL repl_pty: {message}")
    if tail:
        print("  terminal (last bytes):", repr(tail.decode(errors="replace")))
    sys.exit(1)


def tick_after(s, n):
    """Waits for a 'tick N' line with N > n; returns N."""
    while True:
        m = s.expect(r"tick (\d+)", "background task output")
        if int(m.group(1)) > n:
            return int(m.group(1))


def main():
    aw = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./aw")
    s = Session(aw)
    s.expect(r">>> ", "first prompt")
    s.send("import asyncio\n")
    s.expect(r">>> ", "prompt after import")
    s.send("async def tick():\n    for i in range(100000):\n        print('tick', i)\n"
           "        await asyncio.sleep(0.1)\n\n")
    s.expect(r">>> ", "prompt after def")
    s.send("t = asyncio.create_task(tick())\n")
    s.expect(r"tick 0\b", "the task's first step")
    # Nothing typed: the task goes on printing while the prompt waits.
    n = tick_after(s, 2)
    # Half a line typed: it survives the redraws around the task's output.
    s.send("x = 4")
    n = tick_after(s, n + 1)
    n = tick_after(s, n)
    s.send("0\nprint('x*2 =', x * 2)\n")
    s.expect(r"x\*2 = 80", "the line typed across background output")
    # Top-level await gives its value.
    s.send("r = await asyncio.sleep(0.05, result='slept'); print('r is', r)\n")
    s.expect(r"r is slept", "top-level await")
    # Ctrl-C cancels a running cell; the REPL and the background task survive it.
    s.send("await asyncio.sleep(1000)\n")
    n = tick_after(s, n)
    n = tick_after(s, n)
    s.send(b"\x03")
    s.expect(r"KeyboardInterrupt", "Ctrl-C during a cell")
    s.expect(r">>> ", "prompt after Ctrl-C")
    s.send("print('alive', t.done())\n")
    s.expect(r"alive False", "the REPL after Ctrl-C")
    n = tick_after(s, n)
    # Ctrl-C also ends a blocking call at once (not after its 60 s).
    s.send("import time; time.sleep(60)\n")
    s.expect(r"time\.sleep\(60\)\r?\n", "the blocking cell echoed")
    s.send(b"\x03")
    s.expect(r"KeyboardInterrupt", "Ctrl-C during time.sleep")
    s.expect(r">>> ", "prompt after the interrupted sleep")
    tick_after(s, n)
    # Ctrl-D leaves with status 0. It is sent only once the prompt after the cell's output is
    # up: the terminal is then in readline's raw mode (in the cooked mode a cell runs in, the
    # tty driver would turn ^D into an end-of-file that the switch to raw mode drops).
    s.send("t.cancel()\n")
    s.expect(r"True\r?\n(.|\n)*?>>> ", "prompt after cancel")
    s.send(b"\x04")
    status = s.wait_exit()
    if status != 0:
        fail(f"exit status {status} after Ctrl-D", s.out[-600:])
    for report in (b"AddressSanitizer", b"LeakSanitizer", b"runtime error:"):
        if report in s.out:
            fail("sanitizer report on the terminal", s.out[s.out.find(report) - 100:][:600])
    print("repl_pty: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
