import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 3), bisect.bisect_left(a, 100))
bisect.insort(a, 5)
bisect.insort_left(a, 0)
bisect.insort_right(a, 4)
print(a)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]), bisect.bisect(a, 4, 0, 3))
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
