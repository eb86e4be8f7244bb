class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
Shape().area()
