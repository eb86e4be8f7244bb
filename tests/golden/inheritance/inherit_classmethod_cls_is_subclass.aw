class Base:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return f'<{type(self).__name__}>'
class Sub(Base):
    pass
print(Base.create(), Sub.create())
