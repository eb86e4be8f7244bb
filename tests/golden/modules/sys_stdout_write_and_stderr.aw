import sys
n = sys.stdout.write('written\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write(' then newline\n')
sys.stderr.write('error output\n')
