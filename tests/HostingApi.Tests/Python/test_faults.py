"""Faults reach a Python caller as xmlrpc.client.Fault (HTTP 200), with Gandi's codes and texts."""
import unittest
import xmlrpc.client

import harness

KEY = "0123456789abcdefABCDEF01"


class Faults(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)

    def fault_of(self, call):
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call()
        return caught.exception

    def test_malformed_api_key(self):
        fault = self.fault_of(lambda: self.api.test.key("too-short"))
        self.assertEqual(fault.faultCode, 501237)
        self.assertEqual(fault.faultString,
                         "Error on object : OBJECT_STRING (CAUSE_BADPARAMETER) [string 'too-short' does not match '^[a-z0-9]{24}$']")

    def test_wrong_arity_names_the_signature(self):
        fault = self.fault_of(lambda: self.api.test.spec(KEY))
        self.assertEqual(fault.faultCode, 501637)
        self.assertIn("test.spec(string apikey, struct spec) takes 2 arguments, 1 given", fault.faultString)

    def test_unknown_struct_key(self):
        fault = self.fault_of(lambda: self.api.test.spec(KEY, {"name": "x", "--dry-run": True}))
        self.assertEqual(fault.faultCode, 501537)
        self.assertIn("unknown key '--dry-run'", fault.faultString)

    def test_internal_error_is_a_fault_not_a_protocol_error(self):
        fault = self.fault_of(lambda: self.api.test.throw())
        self.assertEqual(fault.faultCode, 150000)
        self.assertIn("correlation id", fault.faultString)
        self.assertEqual(self.api.test.optional(1), 105)


if __name__ == "__main__":
    harness.main()
