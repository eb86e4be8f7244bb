class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
a = Dog('rex')
b = Dog('fido')
a.species = 'wolf'
print(a.species, b.species, Dog.species, Dog.count, a.count)
print(sorted(vars(a)), 'species' in vars(Dog))
