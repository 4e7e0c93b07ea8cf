"""The legacy v1 specification's user case, walked end to end with CPython's xmlrpc.client as its
Python samples do, and its faults (DataError: ... [element: value])."""
import unittest
import uuid
import xmlrpc.client

import harness

LOGIN, PASSWORD = "HA2-GANDI", "hostingapi"
V3_KEY = "hostingapisharesmodel001"


class LegacyUserCase(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)
        self.session = self.api.login(LOGIN, PASSWORD)

    def done(self, opid):
        self.assertIsInstance(opid, int)
        self.assertEqual(self.api.operation_details(self.session, opid)["state"], "DONE")

    def fault(self, call, *args):
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call(*args)
        return caught.exception

    def test_session_ids_look_like_nothing_else(self):
        self.assertRegex(self.session, r"^sess-[0-9a-f]{32}$")
        self.assertRegex(self.api.login(LOGIN, PASSWORD, False), r"^sess-")

    def test_the_specifications_user_case(self):
        s = self.session
        # step 1: add resources; step 2: they show once the operation is done
        before = self.api.hosting_account_info(s)["shares"]["granted"]
        self.done(self.api.hosting_account_product_add(s, "shares", 4, "1m"))
        info = self.api.hosting_account_info(s)
        self.assertEqual(info["shares"]["granted"], before + 4)
        self.assertIn("shares", [p["product_name"] for p in info["products"]])
        self.assertEqual(self.api.account_currency(s), "EUR")
        self.assertIsInstance(self.api.account_balance(s), float)
        # step 3: an OS, then a VM (the sample's own values: os_id 111, 4 shares, 1 cpu)
        self.assertTrue(any(os["name"].startswith("Ubuntu") for os in self.api.os_list(s)))
        vm_id = self.api.vm_create(s, "vmtest-" + uuid.uuid4().hex[:6], "my_password", 111, 4, 1, {"login": "gandi"})
        self.assertIsInstance(vm_id, int)
        vm = self.api.vm_info(s, vm_id)
        self.assertEqual((vm["state"], vm["memory"], vm["cores"]), ("running", 1024, 1))
        self.assertIn(vm_id, self.api.vm_list(s))
        # the same VM through the v3 API: one domain
        self.assertEqual(xmlrpc.client.ServerProxy(harness.URL).hosting.vm.info(V3_KEY, vm_id)["id"], vm_id)
        # step 4 and 5: a data disk, attached
        disk_id = self.api.disk_create(s, {"size": 2048, "name": "disk2GB", "fstype": "ext3"})
        self.assertEqual(self.api.disk_info(s, disk_id)["size"], 2048)
        self.assertIn(disk_id, self.api.disk_list(s))
        self.done(self.api.disk_attach(s, vm_id, disk_id))
        self.assertEqual(self.api.vm_disk_list(s, vm_id)[1], disk_id)
        # the rest of the samples
        self.done(self.api.vm_update(s, vm_id, {"shares": 6, "cpu": 2, "vm_max_memory": 2048}))
        self.assertEqual(self.api.vm_info(s, vm_id)["memory"], 1536)
        self.done(self.api.vm_stop(s, vm_id))
        self.done(self.api.vm_start(s, vm_id))
        self.done(self.api.vm_reboot(s, vm_id))
        self.done(self.api.vm_stop(s, vm_id))
        self.done(self.api.disk_detach(s, vm_id, disk_id))
        self.done(self.api.disk_delete(s, disk_id))
        self.done(self.api.vm_delete(s, vm_id))
        self.assertNotIn(vm_id, self.api.vm_list(s))
        ops = self.api.operation_list(s, {"state": "DONE", "type": "vm_delete"})
        self.assertIn(ops[0], self.api.operation_list(s))

    def test_a_vm_made_through_v3_is_in_vm_list(self):
        v3 = xmlrpc.client.ServerProxy(harness.URL)
        [image] = v3.hosting.image.list(V3_KEY, {"label": "Debian 9 64 bits (HVM)", "datacenter_id": 3})
        ops = v3.hosting.vm.create_from(V3_KEY, {"datacenter_id": 3, "memory": 256, "bandwidth": 5120}, {}, image["disk_id"])
        self.assertIn(ops[-1]["vm_id"], self.api.vm_list(self.session))
        self.assertEqual(self.api.vm_info(self.session, ops[-1]["vm_id"])["memory"], 256)

    def test_products_renew_update_remove(self):
        s = self.session
        add = self.api.hosting_account_product_add(s, "shares", 2, "1y")
        self.done(add)
        product = max(self.api.hosting_account_info(s)["products"], key=lambda p: p["id"])
        self.done(self.api.hosting_account_product_renew(s, product["id"], "1m"))
        self.done(self.api.hosting_account_product_update(s, product["id"], 3))
        self.done(self.api.hosting_account_product_remove(s, product["id"]))
        fixed = self.api.hosting_account_product_add(s, "shares_fixed", 1, "1m")
        self.done(fixed)
        fixed_id = max(self.api.hosting_account_info(s)["products"], key=lambda p: p["id"])["id"]
        fault = self.fault(self.api.hosting_account_product_remove, s, fixed_id)
        self.assertEqual(fault.faultString, "DataError: fixed shares cannot be released [product_id: %d]" % fixed_id)
        fault = self.fault(self.api.hosting_account_product_add, s, "gold", 1, "1m")
        self.assertEqual(fault.faultString, "DataError: unknown product (shares, shares_fixed or disk) [product_name: gold]")
        self.assertIn("[duration: forever]", self.fault(self.api.hosting_account_product_add, s, "disk", 1024, "forever").faultString)

    def test_faults_in_the_legacy_style(self):
        wrong = self.fault(self.api.login, LOGIN, "not-the-password")
        self.assertEqual((wrong.faultCode, wrong.faultString), (500130, "DataError: invalid login or password [login: HA2-GANDI]"))
        unknown = self.fault(self.api.vm_list, "sess-00000000000000000000000000000000")
        self.assertEqual((unknown.faultCode, unknown.faultString), (500242, "DataError: unknown session [session: ****]"))
        missing = self.fault(self.api.vm_info, self.session, 999999)
        self.assertEqual((missing.faultCode, missing.faultString), (530242, "DataError: Vm '999999' doesn't exist. [vm_id: 999999]"))
        vm_id = self.api.vm_create(self.session, "state-" + uuid.uuid4().hex[:6], "pw", 102, 1, 1, {})
        state = self.fault(self.api.vm_start, self.session, vm_id)
        self.assertEqual(state.faultCode, 530260)
        self.assertTrue(state.faultString.startswith("DataError: vm %d is running: cannot start [vm_id: %d]" % (vm_id, vm_id)))
        quota = self.fault(self.api.vm_create, self.session, "big", "pw", 102, 400, 1, {})
        self.assertTrue(quota.faultString.startswith("DataError: memory quota reached"), quota.faultString)
        self.assertEqual(quota.faultCode, 530035)


if __name__ == "__main__":
    harness.main()
