g = 5
def f():
    local_v = 1
    return sorted(locals())
print(f(), 'g' in globals(), globals()['g'])
