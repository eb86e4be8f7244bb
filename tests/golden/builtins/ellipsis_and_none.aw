print(..., Ellipsis, ... is Ellipsis, type(...).__name__, None, type(None).__name__)
