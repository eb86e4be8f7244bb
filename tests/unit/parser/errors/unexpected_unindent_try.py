try:
    x
  except:
    pass
