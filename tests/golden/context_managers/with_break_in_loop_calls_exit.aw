class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.i)
for i in range(5):
    with CM(i):
        if i == 1:
            break
print('done')
