import subprocess, sys, os
r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r, r.returncode, r.stdout)
r = subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(r)
print(subprocess.run(['cat'], input=b'piped data', capture_output=True).stdout)
print(subprocess.run(['cat'], input='text\r\nline', capture_output=True, text=True).stdout.split('\n'))
print(subprocess.check_output(['printf', 'a\\nb']), subprocess.check_output('echo hi', shell=True, text=True))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e, e.returncode, e.cmd, repr(e))
try:
    subprocess.run(['sh', '-c', 'exit 2'], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
try:
    subprocess.run(['no-such-command-xyz'])
except FileNotFoundError as e:
    print('FileNotFoundError', e, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent-dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', str(e).split(' after ')[0], e.timeout > 0)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
print(subprocess.getoutput('echo out; echo err >&2'), subprocess.getstatusoutput('exit 4'))
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; exit 5'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'value\n')
print(out, err, p.returncode, p.poll(), p.wait(), repr(p))
with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait())
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True).stdout)
print(subprocess.run(['sh', '-c', 'echo a; echo b >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(['echo', 'x'], stdout=subprocess.DEVNULL))
r = subprocess.run([sys.executable, '-c', 'print(6*7)'], capture_output=True, text=True)
print(r.stdout, r.returncode)
p = subprocess.Popen(['sh', '-c', 'sleep 0.3; echo late'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('timeout', e.stdout)
print(p.communicate())
print(subprocess.CompletedProcess(['a'], 0), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
try:
    subprocess.run(['true'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print('ValueError', e)
try:
    subprocess.check_output(['true'], stdout=None)
except ValueError as e:
    print('ValueError', e)
