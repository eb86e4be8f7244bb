"""subprocess: run child processes (CPython 3.11's API, written for aw over the posix
module's _spawn, waitpid and _communicate in stdlib/os_process.c).

Provided: run, call, check_call, check_output, getoutput, getstatusoutput, Popen (args,
executable, stdin/stdout/stderr as PIPE, DEVNULL, STDOUT, a file object or a descriptor,
shell, cwd, env, text/universal_newlines/encoding/errors, close_fds, start_new_session;
communicate, wait, poll, send_signal, terminate, kill, the with statement), CompletedProcess,
SubprocessError, CalledProcessError, TimeoutExpired, PIPE, STDOUT, DEVNULL, with CPython's
messages and reprs. Differences: preexec_fn, pass_fds, user/group/extra_groups/umask,
process_group, restore_signals, pipesize and bufsize are accepted and ignored (the child
always gets SIGPIPE back to its default); communicate() after a timeout does not resend the
part of `input` that was not written.
"""

import os
import time
import types
import posix as _posix

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False

# names for CalledProcessError's "died with <Signals.SIGKILL: 9>."
_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT',
                 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV',
                 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM', 16: 'SIGSTKFLT',
                 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN',
                 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM',
                 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS'}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAL_NAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if (kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding')
                or kwargs.get('errors')):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def _exitcode(status):
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    return -(status & 0x7f)


def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self._communication_started = False
        self._partial = (b'', b'')
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.universal_newlines = self.text_mode

        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
            if executable:
                args[0] = executable
        args = [os.fspath(a) if isinstance(a, os.PathLike) else a for a in args]
        if executable is None:
            executable = args[0]
        executable = os.fspath(executable)
        if cwd is not None:
            cwd = os.fsdecode(os.fspath(cwd))

        env_list = None
        if env is not None:
            env_list = []
            for k, v in env.items():
                k = os.fsdecode(k)
                if '=' in k:
                    raise ValueError("illegal environment variable name")
                env_list.append(k + '=' + os.fsdecode(v))
        if os.path.dirname(executable):
            executables = [executable]
        else:
            path = (env if env is not None else os.environ).get('PATH', os.defpath)
            executables = [os.path.join(d, executable) if isinstance(executable, str)
                           else os.path.join(os.fsencode(d), executable)
                           for d in (path.split(os.pathsep) if path else [''])]

        to_close = []       # the child's ends, closed in the parent after the spawn
        parent_ends = []    # ours, closed if the spawn fails

        def child_fd(spec, which):
            if spec is None:
                return -1, None
            if spec == PIPE:
                r, w = os.pipe()
                mine, theirs = (w, r) if which == 0 else (r, w)
                to_close.append(theirs)
                parent_ends.append(mine)
                return theirs, mine
            if spec == DEVNULL:
                fd = os.open(os.devnull, os.O_RDWR)
                to_close.append(fd)
                return fd, None
            if isinstance(spec, int):
                if spec < 0:
                    raise ValueError('bad file descriptor')   # STDOUT outside stderr
                return spec, None
            return spec.fileno(), None

        try:
            fd0, p2cwrite = child_fd(stdin, 0)
            fd1, c2pread = child_fd(stdout, 1)
            if stderr == STDOUT:
                fd2, errread = (fd1 if fd1 != -1 else 1), None
            else:
                fd2, errread = child_fd(stderr, 2)
            pid, err, stage = _posix._spawn(executables, list(args), env_list, cwd, fd0, fd1, fd2,
                                            close_fds, start_new_session)
        except BaseException:
            for fd in to_close + parent_ends:
                os.close(fd)
            raise
        for fd in to_close:
            os.close(fd)
        if err:
            for fd in parent_ends:
                os.close(fd)
            if stage == 2:
                raise OSError(err, os.strerror(err))
            raise OSError(err, os.strerror(err), cwd if stage == 1 else executable)
        self.pid = pid
        if p2cwrite is not None:
            self.stdin = (open(p2cwrite, 'w', encoding=encoding, errors=errors)
                          if self.text_mode else open(p2cwrite, 'wb'))
        if c2pread is not None:
            self.stdout = (open(c2pread, 'r', encoding=encoding, errors=errors)
                           if self.text_mode else open(c2pread, 'rb'))
        if errread is not None:
            self.stderr = (open(errread, 'r', encoding=encoding, errors=errors)
                           if self.text_mode else open(errread, 'rb'))

    def __repr__(self):
        obj_repr = (f"<{self.__class__.__name__}: "
                    f"returncode: {self.returncode} args: {self.args!r}>")
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            self.wait()

    def _decode(self, data):
        if data is None or not self.text_mode:
            return data
        return _translate_newlines(data.decode(self.encoding or 'utf-8', self.errors or 'strict'))

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if timeout is not None:
            endtime = time.monotonic() + timeout
        in_fd = -1
        data = None
        if self.stdin and not self.stdin.closed:
            if input:
                data = input.encode(self.encoding or 'utf-8', self.errors or 'strict') \
                    if self.text_mode else bytes(input)
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            in_fd = os.dup(self.stdin.fileno())
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        self._communication_started = True
        out_fd = self.stdout.fileno() if self.stdout and not self.stdout.closed else -1
        err_fd = self.stderr.fileno() if self.stderr and not self.stderr.closed else -1
        out, err, timed_out = _posix._communicate(in_fd, data, out_fd, err_fd, timeout)
        out = self._partial[0] + out
        err = self._partial[1] + err
        if timed_out:
            self._partial = (out, err)
            raise TimeoutExpired(self.args, timeout, output=out or None, stderr=err or None)
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        self.wait(timeout=None if timeout is None else max(0, endtime - time.monotonic()))
        return (self._decode(out) if self.stdout else None,
                self._decode(err) if self.stderr else None)

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None:
            try:
                pid, status = _posix.waitpid(self.pid, _posix.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
                return 0
            if pid == self.pid:
                self.returncode = _exitcode(status)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, status = _posix.waitpid(self.pid, 0)
            except ChildProcessError:
                self.returncode = 0
                return 0
            self.returncode = _exitcode(status)
            return self.returncode
        try:
            done = _posix._waitpid_timeout(self.pid, timeout)   # real time, even when virtual
        except ChildProcessError:
            self.returncode = 0
            return 0
        if done is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = _exitcode(done[1])
        return self.returncode

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        os.kill(self.pid, sig)

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)
