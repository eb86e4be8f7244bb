# helper module patched by mock_patch.aw
import os

CONFIG = {"mode": "prod"}
LIMIT = 10


def fetch(url):
    return "real " + url


def size_of(path):
    return os.path.getsize(path)


class Client:
    retries = 3

    def get(self, key):
        return "real get " + key

    @classmethod
    def build(cls):
        return cls()

    @staticmethod
    def version():
        return "1.0"
