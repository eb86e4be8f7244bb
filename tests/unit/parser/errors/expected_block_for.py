for i in x:
foo()
