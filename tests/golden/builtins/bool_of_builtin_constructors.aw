print(bool(0), bool(0.0), bool('0'), bool([0]), bool(None), bool(...), bool(NotImplemented) if False else 'skip')
