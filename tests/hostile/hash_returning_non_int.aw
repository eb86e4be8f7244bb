class H:
    def __hash__(self):
        return 'x'
d = {H(): 1}
