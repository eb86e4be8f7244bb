print(str(-0), repr(10**21), format(10**6, '_'), format(-1234567, ','), int('-0'), -0 == 0)
