try:
x
except:
  pass
