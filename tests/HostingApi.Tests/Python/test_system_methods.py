"""system.* through CPython's xmlrpc.client, the way scripts and the Ruby/PHP gems call them (no API key)."""
import unittest
import xmlrpc.client

import harness


class SystemMethods(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)

    def test_list_methods(self):
        names = self.api.system.listMethods()
        self.assertIn("system.multicall", names)
        self.assertEqual(names, sorted(names))

    def test_method_help_and_signature(self):
        self.assertEqual(self.api.system.methodHelp("test.echo"), "Answers its argument.")
        self.assertEqual(self.api.system.methodSignature("test.optional"), [["int", "int"], ["int", "int", "int"]])

    def test_unknown_method_is_fault_1(self):
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            self.api.hosting.nothing.here()
        self.assertEqual(caught.exception.faultCode, 1)
        self.assertEqual(caught.exception.faultString, 'Method "hosting.nothing.here" is not supported')

    def test_multicall(self):
        multi = xmlrpc.client.MultiCall(self.api)
        multi.test.optional(1, 2)
        multi.test.echo("x")
        multi.no.such()
        results = multi()
        self.assertEqual(results[0], 102)
        self.assertEqual(results[1], "x")
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            results[2]
        self.assertEqual(caught.exception.faultCode, 1)


if __name__ == "__main__":
    harness.main()
