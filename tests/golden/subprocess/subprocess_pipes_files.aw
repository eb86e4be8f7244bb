import subprocess, os, tempfile, sys
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.txt')
with open(path, 'w') as f:
    subprocess.run(['echo', 'to file'], stdout=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(subprocess.run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True, text=True).stdout)
p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
print(p.wait())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b'abc')
p.stdin.close()
print(p.stdout.read(), p.wait())
os.remove(path); os.rmdir(d)
big = subprocess.run(['sh', '-c', 'head -c 300000 /dev/zero | tr "\\0" x; head -c 200000 /dev/zero | tr "\\0" y >&2'], capture_output=True)
print(len(big.stdout), len(big.stderr), big.stdout[:3], big.stderr[-3:])
print(len(subprocess.run(['cat'], input=b'z' * 500000, capture_output=True).stdout))
