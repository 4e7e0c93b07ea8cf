"""Shared set-up for the client scripts: the server URL comes as the first argument."""
import sys
import unittest

URL = None


def main():
    global URL
    URL = sys.argv[1]
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
