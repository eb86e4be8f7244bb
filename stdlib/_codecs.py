"""_codecs: the two functions of CPython's _codecs that pickle needs (bytes pickled with
protocols 0-2 load as `_codecs.encode(text, 'latin1')`)."""


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return obj.decode(encoding, errors)
