"""Against a server whose operations are held: every transitional state is visible while its
operation waits, and gone once it is released through the control plane."""
import unittest
import urllib.request
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"


class TransitionalStates(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)
        self.root = harness.URL.rsplit("/xmlrpc/", 1)[0]

    def release(self, op):
        request = urllib.request.Request("%s/_emulator/operations/%d/release" % (self.root, op["id"]), method="POST")
        with urllib.request.urlopen(request) as response:
            self.assertEqual(response.status, 200)
        self.assertEqual(self.api.operation.info(KEY, op["id"])["step"], "DONE")

    def state(self, disk_id):
        return self.api.hosting.disk.info(KEY, disk_id)["state"]

    def created_disk(self):
        op = self.api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 1024})
        self.assertEqual(self.state(op["disk_id"]), "being_created")
        self.assertEqual(self.api.operation.info(KEY, op["id"])["step"], "WAIT")
        self.release(op)
        self.assertEqual(self.state(op["disk_id"]), "created")
        return op["disk_id"]

    def test_delete_shows_deleted_until_done(self):
        disk = self.created_disk()
        op = self.api.hosting.disk.delete(KEY, disk)
        self.assertEqual(self.state(disk), "deleted")
        self.release(op)
        with self.assertRaises(xmlrpc.client.Fault):
            self.api.hosting.disk.info(KEY, disk)

    def test_rollback_puts_the_source_in_rollback_which_refuses_changes(self):
        disk = self.created_disk()
        snap = self.api.hosting.disk.create_from(KEY, {"type": "snapshot"}, disk)
        self.release(snap)
        op = self.api.hosting.disk.rollback_from(KEY, snap["disk_id"])
        self.assertEqual(self.state(disk), "rollback")
        self.assertEqual(self.state(op["id"]), "being_created")
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            self.api.hosting.disk.update(KEY, disk, {"name": "nope"})
        self.assertEqual(caught.exception.faultCode, 530460)
        self.release(op)
        self.assertEqual((self.state(disk), self.state(op["id"])), ("created", "created"))

    def test_migrate_shows_being_migrated_and_is_migrating(self):
        disk = self.created_disk()
        op = self.api.hosting.disk.migrate(KEY, disk, 5)
        info = self.api.hosting.disk.info(KEY, disk)
        self.assertEqual((info["state"], info["is_migrating"], info["datacenter_id"]), ("being_migrated", True, 3))
        self.release(op)
        info = self.api.hosting.disk.info(KEY, disk)
        self.assertEqual((info["state"], info["is_migrating"], info["datacenter_id"]), ("created", False, 5))


if __name__ == "__main__":
    harness.main()
