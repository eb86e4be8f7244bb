# Keyword sub-patterns read attributes; a missing attribute is no match, not an error.
class User:
    def __init__(self, name, role):
        self.name = name
        self.role = role

def greet(u):
    match u:
        case User(role="admin", name=n):
            return f"welcome, administrator {n}"
        case User(name=n, nickname=nick):
            return f"hi {nick}"
        case User(name=str() as n):
            return f"hello {n}"
        case object(__class__=cls):
            return f"some {cls.__name__}"

print(greet(User("ann", "admin")))
print(greet(User("bob", "user")))
u = User("cid", "user")
u.nickname = "C"
print(greet(u))
print(greet(42))
