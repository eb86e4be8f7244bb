print(int(False), float(True), str(False), str(None), repr(None), [None, True])
