print(abs.__name__, len.__name__, type(abs).__name__, print.__name__)
