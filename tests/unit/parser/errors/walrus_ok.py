[x := 1 for y in z]
f(x := 1)
if (n := len(a)) > 10: pass
