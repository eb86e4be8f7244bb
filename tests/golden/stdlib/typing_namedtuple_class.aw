from typing import NamedTuple
class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    level: int = 1
e = Employee('ann')
print(e, e.name, e.dept, e[2], Employee._fields, Employee._field_defaults)
print(e._replace(level=3), e._asdict(), isinstance(e, tuple), len(e))
name, dept, level = Employee('bob', 'ops', 2)
print(name, dept, level)
try:
    Employee()
except TypeError as e:
    print(e)
