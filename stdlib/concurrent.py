"""concurrent: the package of concurrent.futures (its only submodule, as in CPython)."""
