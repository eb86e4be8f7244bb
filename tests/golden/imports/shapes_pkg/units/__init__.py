from .. import geometry
from .metric import to_mm

print("units init:", __name__, __package__, geometry.__name__)
