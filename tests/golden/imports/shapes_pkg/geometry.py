from . import DEFAULT_SIDES


def polygon(sides=DEFAULT_SIDES):
    return f"polygon with {sides} sides (from {__name__}, package {__package__})"
