import warnings


def deprecated_here():
    warnings.warn("deprecated inside the module", DeprecationWarning)


def deprecated_for_caller():
    warnings.warn("deprecated for the caller", DeprecationWarning, stacklevel=2)


def pending():
    warnings.warn("pending", PendingDeprecationWarning, stacklevel=2)


def future():
    warnings.warn("future", FutureWarning, stacklevel=2)
