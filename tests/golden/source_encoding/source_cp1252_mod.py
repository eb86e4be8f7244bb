#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
"""Module “docstring” – cp1252."""
TEXT = "€ 5 … ™"


def shout(s):
    return s.upper() + "…"


def fail():
    raise KeyError("clé €")
