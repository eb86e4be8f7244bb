"abc" + 1 = x
