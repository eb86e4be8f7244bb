class M:
    def __matmul__(self, o):
        return 'matmul'
    def __rmatmul__(self, o):
        return 'rmatmul'
print(M() @ 1, 1 @ M())
