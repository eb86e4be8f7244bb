x = 'text'
x()
