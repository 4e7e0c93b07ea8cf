"""Fault injection and the request journal, driven as a test suite would: rules posted over HTTP,
the API called with CPython's unmodified xmlrpc.client."""
import http.client
import json
import unittest
import urllib.request
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"


def control(method, path, body=None):
    root = harness.URL.rsplit("/xmlrpc/", 1)[0]
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(root + "/_emulator/" + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


class ControlPlaneTest(unittest.TestCase):
    def setUp(self):
        control("DELETE", "faults")
        control("DELETE", "journal")
        self.api = xmlrpc.client.ServerProxy(harness.URL)

    def test_injected_fault_reaches_the_client_and_the_journal(self):
        rule = control("POST", "faults", {"match": {"method": "hosting.disk.*"},
                                          "action": {"type": "xmlrpc_fault", "code": 581042, "string": "try later"},
                                          "times": 1})
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            self.api.hosting.disk.list(KEY)
        self.assertEqual(caught.exception.faultCode, 581042)
        self.assertIsInstance(self.api.hosting.disk.list(KEY), list)  # times: 1

        calls = control("GET", "journal?method=hosting.disk.list")["calls"]
        self.assertEqual([c["fault_rule"] and c["fault_rule"]["id"] for c in calls], [rule["id"], None])
        self.assertNotIn(KEY, json.dumps(calls))
        self.assertEqual(control("GET", "faults")["rules"][0]["fired"], 1)

    def test_http_503_is_a_protocol_error_with_retry_after(self):
        control("POST", "faults", {"match": {"method": "hosting.account.info"},
                                   "action": {"type": "http", "status": 503, "retry_after": 2}})
        with self.assertRaises(xmlrpc.client.ProtocolError) as caught:
            self.api.hosting.account.info(KEY)
        self.assertEqual(caught.exception.errcode, 503)
        self.assertEqual(caught.exception.headers.get("Retry-After"), "2")

    def test_drop_closes_the_connection(self):
        control("POST", "faults", {"match": {"method": "hosting.datacenter.list"}, "action": {"type": "drop"}})
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError)):
            self.api.hosting.datacenter.list(KEY)

    def test_unknown_method_is_unmatched_with_a_hint(self):
        with self.assertRaises(xmlrpc.client.Fault):
            self.api.hosting.vm.lst(KEY)
        unmatched = control("GET", "journal/unmatched")["calls"]
        self.assertIn("hosting.vm.list", unmatched[-1]["unmatched"]["suggestions"])


if __name__ == "__main__":
    harness.main()
