def f():
    """doc"""
  return
