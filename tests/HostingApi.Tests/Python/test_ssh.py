"""hosting.ssh.* through CPython's xmlrpc.client: fingerprints computed from the key, list without values, delete answers True."""
import base64
import hashlib
import os
import unittest
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"
OTHER = "hostingapisharesmodel001"


def public_key(comment="user@host"):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + os.urandom(32)
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment), blob


class SshKeys(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)

    def test_create_info_list_count_delete(self):
        value, blob = public_key()
        expected = ":".join("%02x" % b for b in hashlib.md5(blob).digest())
        created = self.api.hosting.ssh.create(KEY, {"name": "laptop", "value": value})
        self.assertEqual(created["fingerprint"], expected)
        self.assertEqual(self.api.hosting.ssh.info(KEY, created["id"]), {"id": created["id"], "name": "laptop", "fingerprint": expected, "value": value})
        listed = self.api.hosting.ssh.list(KEY, {"fingerprint": expected})
        self.assertEqual(listed, [{"id": created["id"], "name": "laptop", "fingerprint": expected}])
        self.assertEqual(self.api.hosting.ssh.count(KEY, {"name": "laptop", "id": created["id"]}), 1)
        self.assertIs(self.api.hosting.ssh.delete(KEY, created["id"]), True)
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            self.api.hosting.ssh.info(KEY, created["id"])
        self.assertIn("CAUSE_NOTFOUND", caught.exception.faultString)

    def test_name_defaults_to_the_comment(self):
        value, _ = public_key("ci@runner")
        self.assertEqual(self.api.hosting.ssh.create(KEY, {"value": value})["name"], "ci@runner")

    def test_another_accounts_key_is_not_found(self):
        value, _ = public_key()
        created = self.api.hosting.ssh.create(KEY, {"value": value})
        for call in (self.api.hosting.ssh.info, self.api.hosting.ssh.delete):
            with self.assertRaises(xmlrpc.client.Fault) as caught:
                call(OTHER, created["id"])
            self.assertEqual(caught.exception.faultCode, 501742)

    def test_invalid_keys_and_missing_value(self):
        for value in ("not a key", "ssh-rsa !!!notbase64!!!", "ssh-foo AAAA"):
            with self.assertRaises(xmlrpc.client.Fault) as caught:
                self.api.hosting.ssh.create(KEY, {"value": value})
            self.assertEqual(caught.exception.faultCode, 501737)
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            self.api.hosting.ssh.create(KEY, {"name": "x"})
        self.assertEqual(caught.exception.faultCode, 501532)


if __name__ == "__main__":
    harness.main()
