class Base:
    def hello(self):
        return 'base hello'
    def call(self):
        return self.hello()
class Child(Base):
    def hello(self):
        return 'child hello'
print(Base().call(), Child().call())
