"""hosting.iface.*, hosting.ip.*, hosting.vlan.* through CPython's xmlrpc.client."""
import ipaddress
import unittest
import uuid
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"
SHARES = "hostingapisharesmodel001"


class Network(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL, allow_none=True)

    def done(self, op, key=KEY):
        info = self.api.operation.info(key, op["id"])
        self.assertEqual(info["step"], "DONE")
        return info

    def fault(self, call, *args):
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call(*args)
        return caught.exception

    def test_public_v4_iface_gets_a_v4_and_a_v6_address(self):
        op = self.api.hosting.iface.create(KEY, {"datacenter_id": 3, "ip_version": 4, "bandwidth": 102400})
        self.assertEqual(op["type"], "iface_create")
        self.assertIsInstance(op["iface_id"], int)
        self.assertIsInstance(op["ip_id"], int)
        self.done(op)
        iface = self.api.hosting.iface.info(KEY, op["iface_id"])
        self.assertEqual((iface["state"], iface["type"], iface["bandwidth"], iface["vm_id"], iface["num"], iface["vlan"]),
                         ("free", "public", 102400.0, None, None, None))
        v4, v6 = iface["ips"]
        self.assertEqual((v4["version"], v4["num"], v6["version"], v6["num"]), (4, 0, 6, 1))
        self.assertEqual(v4["id"], op["ip_id"])
        ipaddress.IPv4Address(v4["ip"])
        ipaddress.IPv6Address(v6["ip"])
        self.assertEqual(iface["ips_id"], [v4["id"], v6["id"]])
        self.assertEqual(self.api.hosting.ip.info(KEY, v4["id"]), v4)
        self.assertEqual([ip["id"] for ip in self.api.hosting.ip.list(KEY, {"iface_id": iface["id"], "version": 6})], [v6["id"]])
        self.assertEqual(self.api.hosting.ip.count(KEY, {"ip": v4["ip"]}), 1)

    def test_v6_only_and_bad_versions(self):
        op = self.api.hosting.iface.create(KEY, {"datacenter_id": 3, "ip_version": "6"})
        self.done(op)
        self.assertEqual([ip["version"] for ip in self.api.hosting.iface.info(KEY, op["iface_id"])["ips"]], [6])
        self.assertEqual(self.fault(self.api.hosting.iface.create, KEY, {"datacenter_id": 3, "ip_version": 5}).faultCode, 531830)

    def test_reverse_bandwidth_and_delete(self):
        op = self.api.hosting.iface.create(KEY, {"datacenter_id": 3})
        self.done(op)
        update = self.api.hosting.ip.update(KEY, op["ip_id"], {"reverse": "www.example.test"})
        self.assertEqual((update["type"], update["ip_id"]), ("ip_update", op["ip_id"]))
        self.assertEqual(self.api.hosting.ip.info(KEY, op["ip_id"])["reverse"], "www.example.test")
        self.api.hosting.iface.update(KEY, op["iface_id"], {"bandwidth": 5120})
        self.assertEqual(self.api.hosting.iface.info(KEY, op["iface_id"])["bandwidth"], 5120.0)
        self.assertEqual(self.fault(self.api.hosting.iface.update, KEY, op["iface_id"], {}).faultCode, 531744)
        self.done(self.api.hosting.iface.delete(KEY, op["iface_id"]))
        self.assertEqual(self.fault(self.api.hosting.iface.info, KEY, op["iface_id"]).faultCode, 531742)
        self.assertEqual(self.fault(self.api.hosting.ip.info, KEY, op["ip_id"]).faultCode, 531842)

    def test_ip_quota(self):
        granted = self.api.hosting.account.info(SHARES)["resources"]["available"]["ips"]
        for _ in range(granted):
            self.api.hosting.iface.create(SHARES, {"datacenter_id": 3, "bandwidth": 5120})
        fault = self.fault(self.api.hosting.iface.create, SHARES, {"datacenter_id": 3, "bandwidth": 5120})
        self.assertIn("CAUSE_QUOTA_REACHED", fault.faultString)

    def test_vlan_lifecycle_and_private_ifaces(self):
        name = "vlan-" + uuid.uuid4().hex[:8]
        op = self.api.hosting.vlan.create(KEY, {"name": name, "datacenter_id": 3, "subnet": "10.20.30.0/24"})
        vlan_id = self.done(op)["params"]["vlan_id"]
        info = self.api.hosting.vlan.info(KEY, vlan_id)
        self.assertEqual((info["name"], info["subnet"], info["state"], info["datacenter"]["dc_code"]), (name, "10.20.30.0/24", "created", "LU-BI1"))
        self.assertEqual(self.api.hosting.vlan.list(KEY, {"name": name})[0]["datacenter_id"], 3)
        self.assertEqual(self.fault(self.api.hosting.vlan.create, KEY, {"name": name, "datacenter_id": 3}).faultCode, 537741)

        given = self.api.hosting.iface.create(KEY, {"datacenter_id": 3, "vlan": vlan_id, "ip": "10.20.30.40"})
        self.done(given)
        [ip] = self.api.hosting.iface.info(KEY, given["iface_id"])["ips"]
        self.assertEqual((ip["ip"], ip["version"]), ("10.20.30.40", 4))
        picked = self.api.hosting.iface.create(KEY, {"datacenter_id": 3, "vlan": vlan_id})
        self.done(picked)
        iface = self.api.hosting.iface.info(KEY, picked["iface_id"])
        self.assertEqual((iface["type"], iface["vlan"]), ("private", {"id": vlan_id, "name": name}))
        self.assertIn(ipaddress.IPv4Address(iface["ips"][0]["ip"]), ipaddress.IPv4Network("10.20.30.0/24"))
        self.assertEqual(self.fault(self.api.hosting.iface.create, KEY, {"datacenter_id": 5, "vlan": vlan_id}).faultCode, 531751)

        self.assertEqual(self.fault(self.api.hosting.vlan.delete, KEY, vlan_id).faultCode, 537739)
        self.api.hosting.vlan.update(KEY, vlan_id, {"gateway": "10.20.30.1"})
        self.assertEqual(self.api.hosting.vlan.info(KEY, vlan_id)["gateway"], "10.20.30.1")
        for iface_op in (given, picked):
            self.done(self.api.hosting.iface.delete(KEY, iface_op["iface_id"]))
        self.done(self.api.hosting.vlan.delete(KEY, vlan_id))
        self.assertEqual(self.api.hosting.vlan.count(KEY, {"name": name}), 0)

    def test_another_accounts_objects_are_not_found(self):
        op = self.api.hosting.iface.create(KEY, {"datacenter_id": 3})
        self.assertEqual(self.fault(self.api.hosting.iface.info, SHARES, op["iface_id"]).faultCode, 531742)
        self.assertEqual(self.fault(self.api.hosting.ip.info, SHARES, op["ip_id"]).faultCode, 531842)

    def test_iface_migrate(self):
        op = self.api.hosting.iface.create(KEY, {"datacenter_id": 3})
        self.done(op)
        self.assertEqual(self.fault(self.api.hosting.iface.migrate, KEY, op["iface_id"], 4).faultCode, 532751)
        migration = self.api.hosting.iface.migrate(KEY, op["iface_id"], 5)
        self.assertEqual(migration["type"], "hosting_migration_iface")
        self.done(migration)
        iface = self.api.hosting.iface.info(KEY, op["iface_id"])
        self.assertEqual([iface["datacenter_id"]] + [ip["datacenter_id"] for ip in iface["ips"]], [5, 5, 5])
        self.assertTrue(iface["ips"][0]["ip"].startswith("10.5."))

    def test_legacy_iface_names(self):
        self.assertIsInstance(self.api.iface.count(KEY), int)


if __name__ == "__main__":
    harness.main()
