from ..geometry import polygon


def to_mm(cm):
    return cm * 10


SHAPE = polygon(3)
