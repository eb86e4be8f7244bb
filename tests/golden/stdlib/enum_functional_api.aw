from enum import Enum
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal['CAT'], Animal(1))
Pets = Enum('Pets', [('DOG', 'd'), ('CAT', 'c')])
print(list(Pets), Pets('c'))
