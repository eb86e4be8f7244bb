"""A small module for help().

It has functions, classes and data."""

__version__ = "1.2"
__author__ = "Someone"

import os

PI = 3.14
NAMES = ['a', 'b']


def area(r: float) -> float:
    """Area of a circle of radius r."""
    return PI * r * r


async def fetch(url, *, timeout=10):
    """Fetch a URL."""


def _private():
    pass


class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        """Describe it."""
        return self.name


class Square(Shape):
    """Four sides."""
    sides = 4
