value = 'a'
import cycle_b_mod
from_b = cycle_b_mod.value_b
