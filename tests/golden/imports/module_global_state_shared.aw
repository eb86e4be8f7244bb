import state_mod
from state_mod import bump
bump()
bump()
print(state_mod.counter)
