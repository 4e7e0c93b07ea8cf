"""hosting.disk.* rules, one test each, through CPython's xmlrpc.client against an instant-policy server."""
import unittest
import uuid
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"
SHARES = "hostingapisharesmodel001"


def unique(prefix):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:8])


class Disks(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL, allow_none=True)

    def fault(self, call, *args):
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call(*args)
        return caught.exception

    def create(self, key=KEY, **spec):
        spec.setdefault("datacenter_id", 3)
        op = self.api.hosting.disk.create(key, spec)
        self.assertEqual(op["step"], "WAIT")
        self.assertEqual(self.api.operation.info(key, op["id"])["step"], "DONE")
        return self.api.hosting.disk.info(key, op["disk_id"])

    def image_disk_id(self):
        [image] = self.api.hosting.image.list(KEY, {"label": "Debian 9 64 bits (HVM)", "datacenter_id": 3})
        return image["disk_id"]

    # -- sizes
    def test_default_size_is_10240_and_a_name_is_generated(self):
        disk = self.create()
        self.assertEqual(disk["size"], 10240)
        self.assertEqual(disk["name"], "disk%d" % disk["id"])
        self.assertEqual((disk["state"], disk["type"], disk["visibility"]), ("created", "data", "private"))

    def test_size_must_be_a_multiple_of_1024(self):
        fault = self.fault(self.api.hosting.disk.create, KEY, {"datacenter_id": 3, "size": 1000})
        self.assertEqual(fault.faultCode, 530431)
        self.assertIn("OBJECT_DISK (CAUSE_SIZE)", fault.faultString)

    def test_a_disk_cannot_shrink(self):
        disk = self.create(size=2048)
        fault = self.fault(self.api.hosting.disk.update, KEY, disk["id"], {"size": 1024})
        self.assertEqual(fault.faultCode, 530495)
        self.assertIn("CAUSE_CANNOT_SHRINK", fault.faultString)

    def test_growing_is_checked_against_the_quota(self):
        disk = self.create(key=SHARES, size=1024)
        fault = self.fault(self.api.hosting.disk.update, SHARES, disk["id"], {"size": 1024 * 1024})
        self.assertEqual(fault.faultCode, 530035)
        self.assertIn("CAUSE_QUOTA_REACHED", fault.faultString)
        op = self.api.hosting.disk.update(SHARES, disk["id"], {"size": 4096})
        self.assertEqual(op["type"], "disk_update")
        self.assertEqual(self.api.hosting.disk.info(SHARES, disk["id"])["size"], 4096)

    # -- datacenters
    def test_closed_datacenters_refuse_new_disks(self):
        for dc in (2, 1):  # US-BA1 is closed to all; FR-SD2 to accounts with nothing there
            fault = self.fault(self.api.hosting.disk.create, KEY, {"datacenter_id": dc})
            self.assertEqual(fault.faultCode, 532754)
            self.assertIn("OBJECT_DATACENTER (CAUSE_DISABLED)", fault.faultString)

    # -- create_from
    def test_create_from_an_image_copies_kernel_cmdline_size_and_label(self):
        source = self.api.hosting.disk.info(KEY, self.image_disk_id())
        op = self.api.hosting.disk.create_from(KEY, {"name": unique("sys")}, source["id"])
        self.assertEqual(op["type"], "disk_create")
        copy = self.api.hosting.disk.info(KEY, op["disk_id"])
        for field in ("kernel_version", "kernel_cmdline", "size", "label"):
            self.assertEqual(copy[field], source[field], field)
        self.assertEqual(copy["source"], source["id"])
        self.assertTrue(copy["is_boot_disk"])

    def test_create_from_may_grow_but_not_shrink(self):
        op = self.api.hosting.disk.create_from(KEY, {"size": 5120}, self.image_disk_id())
        self.assertEqual(self.api.hosting.disk.info(KEY, op["disk_id"])["size"], 5120)
        fault = self.fault(self.api.hosting.disk.create_from, KEY, {"size": 2048}, self.image_disk_id())
        self.assertEqual(fault.faultCode, 530495)

    def test_type_snapshot_makes_a_snapshot_listed_in_its_parent(self):
        parent = self.create()
        op = self.api.hosting.disk.create_from(KEY, {"name": unique("snap"), "type": "snapshot"}, parent["id"])
        snapshot = self.api.hosting.disk.info(KEY, op["disk_id"])
        self.assertEqual((snapshot["type"], snapshot["source"]), ("snapshot", parent["id"]))
        self.assertEqual(self.api.hosting.disk.info(KEY, parent["id"])["snapshots_id"], [snapshot["id"]])

    def test_deleting_a_disk_then_its_snapshot_before_waiting_succeeds(self):
        # gandi disk delete SNAP DATA: sorted (DATA first), both deletes sent, then the wait.
        import time
        data = self.create(size=1024)
        op = self.api.hosting.disk.create_from(KEY, {"type": "snapshot"}, data["id"])
        self.assertEqual(self.api.operation.info(KEY, op["id"])["step"], "DONE")
        snap = op["disk_id"]
        first = self.api.hosting.disk.delete(KEY, data["id"])
        time.sleep(0.3)  # the background processor has had its chance
        second = self.api.hosting.disk.delete(KEY, snap)
        self.assertEqual([self.api.operation.info(KEY, o["id"])["step"] for o in (first, second)], ["DONE", "DONE"])
        for disk_id in (data["id"], snap):
            self.assertEqual(self.fault(self.api.hosting.disk.info, KEY, disk_id).faultCode, 530442)

    # -- snapshot profiles
    def test_snapshot_profile_set_on_create_and_removed_with_empty_string(self):
        disk = self.create(snapshot_profile=2, size=1024)
        self.assertEqual(disk["snapshot_profile"]["name"], "full_week")
        self.assertEqual(disk["total_size"], 1741)
        [listed] = self.api.hosting.disk.list(KEY, {"id": disk["id"]})
        self.assertEqual(listed["snapshot_profile_id"], 2)
        self.api.hosting.disk.update(KEY, disk["id"], {"snapshot_profile": ""})
        self.assertIsNone(self.api.hosting.disk.info(KEY, disk["id"])["snapshot_profile"])
        fault = self.fault(self.api.hosting.disk.update, KEY, disk["id"], {"snapshot_profile": ""})
        self.assertEqual(fault.faultCode, 530444)

    def test_snapshot_profile_set_on_update(self):
        disk = self.create()
        self.api.hosting.disk.update(KEY, disk["id"], {"snapshot_profile": 3})
        self.assertEqual(self.api.hosting.disk.info(KEY, disk["id"])["snapshot_profile"]["id"], 3)

    # -- update
    def test_update_with_nothing_to_change(self):
        disk = self.create()
        for spec in ({}, {"name": disk["name"]}):
            fault = self.fault(self.api.hosting.disk.update, KEY, disk["id"], spec)
            self.assertEqual(fault.faultCode, 530444)
            self.assertEqual(fault.faultString, "Error on object : OBJECT_DISK (CAUSE_NOTHING_TO_UPDATE) [No valid parameter given]")

    def test_update_name_kernel_and_cmdline(self):
        disk = self.create()
        name = unique("renamed")
        self.api.hosting.disk.update(KEY, disk["id"], {"name": name, "kernel": "3.12-x86_64 (hvm)", "cmdline": "root=/dev/sda ro"})
        info = self.api.hosting.disk.info(KEY, disk["id"])
        self.assertEqual((info["name"], info["kernel_version"]), (name, "3.12-x86_64 (hvm)"))
        self.assertEqual(info["kernel_cmdline"], {"root": "/dev/sda", "ro": True})
        self.api.hosting.disk.update(KEY, disk["id"], {"cmdline_options": {"root": "/dev/xvda1", "nosep": True}})
        self.assertEqual(self.api.hosting.disk.info(KEY, disk["id"])["kernel_cmdline"], {"root": "/dev/xvda1", "nosep": True})
        self.assertEqual(self.fault(self.api.hosting.disk.update, KEY, disk["id"], {"kernel": "9.9"}).faultCode, 530401)

    # -- delete
    def test_delete_frees_the_quota(self):
        used = lambda: self.api.hosting.account.info(SHARES)["resources"]["used"]["disk"]
        disk = self.create(key=SHARES, size=2048)
        before = used()
        op = self.api.hosting.disk.delete(SHARES, disk["id"])
        self.assertEqual(op["type"], "disk_delete")
        self.assertEqual(self.api.operation.info(SHARES, op["id"])["step"], "DONE")
        self.assertEqual(used(), before - 2048)
        self.assertEqual(self.fault(self.api.hosting.disk.info, SHARES, disk["id"]).faultCode, 530442)

    def test_image_disks_cannot_be_deleted(self):
        self.assertEqual(self.fault(self.api.hosting.disk.delete, KEY, self.image_disk_id()).faultCode, 530442)

    # -- rollback
    def test_rollback_from_a_snapshot_answers_the_new_disk_id(self):
        parent = self.create(size=2048)
        snap = self.api.hosting.disk.create_from(KEY, {"type": "snapshot"}, parent["id"])
        op = self.api.hosting.disk.rollback_from(KEY, snap["disk_id"])
        self.assertEqual(op["type"], "disk_rollback_from")
        self.assertEqual(op["id"], op["disk_id"])
        self.assertEqual(self.api.operation.info(KEY, op["id"])["step"], "DONE")
        new = self.api.hosting.disk.info(KEY, op["id"])
        self.assertEqual((new["state"], new["size"], new["source"]), ("created", 2048, snap["disk_id"]))
        self.assertEqual(self.api.hosting.disk.info(KEY, parent["id"])["state"], "created")

    def test_rollback_from_a_disk_that_is_not_a_snapshot(self):
        self.assertEqual(self.fault(self.api.hosting.disk.rollback_from, KEY, self.create()["id"]).faultCode, 532430)

    # -- migrate
    def test_migrate_honours_can_migrate_to(self):
        disk = self.create()  # LU-BI1 (3) can migrate to FR-SD5 (5) only
        fault = self.fault(self.api.hosting.disk.migrate, KEY, disk["id"], 4)
        self.assertEqual(fault.faultCode, 532751)
        op = self.api.hosting.disk.migrate(KEY, disk["id"], 5)
        self.assertEqual(op["type"], "hosting_migration_disk")
        self.assertEqual(self.api.operation.info(KEY, op["id"])["params"], {"from_dc_id": 3, "to_dc_id": 5})
        moved = self.api.hosting.disk.info(KEY, disk["id"])
        self.assertEqual((moved["datacenter_id"], moved["is_migrating"], moved["state"]), (5, False, "created"))

    # -- list and count
    def test_list_and_count_filters(self):
        tag = unique("flt")
        a = self.create(name=tag + "-a", size=1024)
        b = self.create(name=tag + "-b", size=2048)
        ids = lambda opts: [d["id"] for d in self.api.hosting.disk.list(KEY, opts)]
        self.assertEqual(ids({"~name": tag + "%"}), [a["id"], b["id"]])
        self.assertEqual(ids({"~name": tag + "%", "size": 2048}), [b["id"]])
        self.assertEqual(ids({"~name": tag + "%", "size": [1024, 2048], "sort_by": "size DESC"}), [b["id"], a["id"]])
        self.assertEqual(ids({"name": [tag + "-a"], "state": "created", "type": ["data"], "datacenter_id": 3}), [a["id"]])
        self.assertEqual(ids({"~name": tag + "%", "items_per_page": 1, "page": 1}), [b["id"]])
        self.assertEqual(ids({"~name": tag + "%", "vm_id": [], "can_snapshot": True}), [])
        self.assertEqual(self.api.hosting.disk.count(KEY, {"~name": tag + "%", "can_snapshot": True}), 2)
        self.assertEqual(self.api.hosting.disk.count(KEY, {"~name": tag + "%", ">date_created": "2000-01-01 00:00:00"}), 2)

    def test_list_items_differ_from_info_as_documented(self):
        disk = self.create()
        [listed] = self.api.hosting.disk.list(KEY, {"id": disk["id"]})
        self.assertEqual(set(disk) - set(listed), {"kernel_cmdline", "snapshot_profile"})
        self.assertEqual(set(listed) - set(disk), {"snapshot_profile_id"})

    def test_legacy_disk_names_answer_the_same(self):
        disk = self.create()
        self.assertEqual(self.api.disk.info(KEY, disk["id"]), self.api.hosting.disk.info(KEY, disk["id"]))
        self.assertEqual(self.api.disk.count(KEY, {"id": disk["id"]}), 1)


if __name__ == "__main__":
    harness.main()
