"""A CI suite as a user writes one: a fresh account per test, a scenario under a fault rule, the
journal counted, then a reset of the account. Only the standard library: xmlrpc.client for the API,
urllib for the control plane."""
import json
import unittest
import urllib.request
import xmlrpc.client

import harness

TEST_ID = "ci-suite-disk-retry"


def control(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    root = harness.URL.rsplit("/xmlrpc/", 1)[0]
    request = urllib.request.Request(f"{root}/_emulator/{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


class TaggedTransport(xmlrpc.client.Transport):
    """Marks every call with the test's id, so the journal and the rules can be scoped to it."""

    def send_headers(self, connection, headers):
        super().send_headers(connection, headers)
        connection.putheader("X-Emulator-Test-Id", TEST_ID)


class CiSuite(unittest.TestCase):
    def setUp(self):
        self.key = control("POST", "accounts", {"model": "rating"})["apikey"]
        self.api = xmlrpc.client.ServerProxy(harness.URL, transport=TaggedTransport())

    def tearDown(self):
        control("DELETE", f"accounts/{self.key}")

    def test_a_client_that_retries_a_failed_create_ends_with_one_disk(self):
        control("POST", "faults", {"match": {"method": "hosting.disk.create", "test_id": TEST_ID},
                                   "action": {"type": "xmlrpc_fault", "code": 581042, "string": "try again later"},
                                   "times": 2})

        # The code under test: retry a create until it is accepted, then wait for its operation.
        attempts = 0
        while True:
            attempts += 1
            try:
                op = self.api.hosting.disk.create(self.key, {"datacenter_id": 3, "name": "retried"})
                break
            except xmlrpc.client.Fault as fault:
                self.assertEqual(fault.faultCode, 581042)
        while self.api.operation.info(self.key, op["id"])["step"] != "DONE":
            pass

        self.assertEqual(attempts, 3)
        self.assertEqual(self.api.hosting.disk.count(self.key), 1)
        calls = control("GET", f"journal/count?test_id={TEST_ID}&method=hosting.disk.create")["count"]
        faults = control("GET", f"journal/count?test_id={TEST_ID}&fault=581042")["count"]
        self.assertEqual((calls, faults), (3, 2))
        journal = json.dumps(control("GET", f"journal?test_id={TEST_ID}"))
        self.assertNotIn(self.key, journal, "the journal never shows an API key whole")

        control("POST", f"accounts/{self.key}/reset")
        self.assertEqual(self.api.hosting.disk.count(self.key), 0)
        self.assertEqual(self.api.operation.count(self.key), 0)


if __name__ == "__main__":
    harness.main()
