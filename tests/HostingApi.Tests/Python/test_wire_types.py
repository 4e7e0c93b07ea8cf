"""Every Python type xmlrpc.client sends survives the trip through the server (test.echo) unchanged,
read back with use_datetime=True as gandi.cli does; large answers come back gzipped and are decoded."""
import datetime
import unittest
import xmlrpc.client

import harness


class WireTypes(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL, allow_none=True, use_datetime=True)

    def echo(self, value):
        return self.api.test.echo(value)

    def test_scalars(self):
        for value in [0, 1, -7, 2**31 - 1, -(2**31), True, False, 0.1, 1e20, -2.5e-8, 102400.0,
                      "", "plain", "a<b&c>'\"", "line1\nline2\ttab", "café ✓ 日本語 😀", None]:
            with self.subTest(value=value):
                back = self.echo(value)
                self.assertEqual(back, value)
                self.assertIs(type(back), type(value))

    def test_carriage_return_from_the_server_reaches_python(self):
        # xmlrpc.client sends a CR raw, which XML parsing turns into LF (a client-side limit);
        # the server writes &#13;, so a CR it answers arrives intact. Base64 text carries one in.
        result = self.api.test.typed(1, 1.0, True, xmlrpc.client.Binary(b"a\r\nb"),
                                     datetime.datetime(2020, 1, 1), xmlrpc.client.Binary(b""))
        self.assertEqual(result["text"], "a\r\nb")

    def test_datetime_in_gandis_basic_form(self):
        when = datetime.datetime(2011, 3, 24, 15, 49, 50)
        self.assertEqual(self.echo(when), when)

    def test_binary(self):
        data = bytes(range(256))
        self.assertEqual(self.echo(xmlrpc.client.Binary(data)).data, data)

    def test_nested_structures(self):
        value = {"id": 1, "name": "disk", "ids": [1, 2, 3], "empty": [], "none": None,
                 "nested": {"deeper": [{"a": True}, []], "blank": {}}}
        self.assertEqual(self.echo(value), value)

    def test_large_answer_is_gzipped_and_decoded(self):
        value = [{"id": i, "name": "disk%d" % i, "size": 10240} for i in range(500)]
        self.assertEqual(self.echo(value), value)

    def test_typed_binding_from_python_types(self):
        when = datetime.datetime(2020, 1, 2, 3, 4, 5)
        result = self.api.test.typed(7, 102400, True, "text", when, xmlrpc.client.Binary(b"\x00\x01"))
        self.assertEqual(result["count"], 7)
        self.assertEqual(result["ratio"], 102400.0)
        self.assertIs(result["flag"], True)
        self.assertEqual(result["when"], when)
        self.assertEqual(result["data"].data, b"\x00\x01")


if __name__ == "__main__":
    harness.main()
