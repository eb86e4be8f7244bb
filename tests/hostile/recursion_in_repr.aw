class R:
    def __repr__(self):
        return 'R(' + repr(self) + ')'
print(R())
