"""Apache libcloud's Gandi compute driver, unmodified (Debian's python3-libcloud), against the server.

The driver is pointed at the server the way docs/clients.md says works: created with secure=False,
then its connection's host and port changed. Every driver method that talks to the API runs here;
its operation waits poll at once, and the server's operations are done by then (a second poll
would sleep 20 s, which the test's time limit would notice).
"""
import base64
import os
import time
import unittest
import xmlrpc.client
from urllib.parse import urlparse

from libcloud.compute.base import NodeLocation
from libcloud.compute.providers import get_driver
from libcloud.compute.types import NodeState, Provider

import harness

KEY = "hostingapidefaultkey0001"


def connect():
    url = urlparse(harness.URL)
    driver = get_driver(Provider.GANDI)(KEY, secure=False)
    conn = driver.connection
    conn.host = url.hostname
    conn.port = url.port
    conn.secure = 0
    conn.connect()
    return driver


def public_key(comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + os.urandom(32)
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


class Libcloud(unittest.TestCase):
    def setUp(self):
        self.driver = connect()
        self.location = next(l for l in self.driver.list_locations() if l.name == "FR-SD5")

    def test_locations_sizes_and_images(self):
        locations = self.driver.list_locations()
        self.assertEqual(sorted(l.name for l in locations), ["FR-SD2", "FR-SD3", "FR-SD5", "LU-BI1", "US-BA1"])
        self.assertTrue(all(isinstance(l, NodeLocation) and l.country for l in locations))
        sizes = self.driver.list_sizes()
        self.assertEqual([s.id for s in sizes], ["small", "medium", "large", "x-large"], "a rating-model account gets the four instance types")
        images = self.driver.list_images(self.location)
        self.assertTrue(images)
        self.assertTrue(any(i.name.startswith("Debian") for i in images))
        self.assertTrue(all(int(i.id) > 0 for i in images))

    def test_node_lifecycle(self):
        image = next(i for i in self.driver.list_images(self.location) if i.name.startswith("Debian"))
        size = next(s for s in self.driver.list_sizes() if s.id == "small")
        started = time.monotonic()
        node = self.driver.create_node(name="lc-node", size=size, image=image, location=self.location, login="ci", password="s3cret-Passw0rd")
        self.assertIsNotNone(node, "create_node waits for vm_create and then reads the VM")
        self.assertEqual(node.name, "lc-node")
        self.assertEqual(node.state, NodeState.RUNNING)
        self.assertLess(time.monotonic() - started, 15, "its operation was done at the first poll")

        # create_node puts the address under 'ip' but _to_node reads 'ips' (a driver slip), so the
        # addresses show in list_nodes, which matches hosting.ip.list to the VM's first iface.
        listed = [n for n in self.driver.list_nodes() if n.id == node.id]
        self.assertEqual(len(listed), 1)
        api = xmlrpc.client.ServerProxy(harness.URL)
        first_iface = api.hosting.vm.info(KEY, int(node.id))["ifaces"][0]
        self.assertTrue(listed[0].public_ips)
        self.assertEqual(sorted(listed[0].public_ips), sorted(ip["ip"] for ip in first_iface["ips"]))
        self.assertEqual(self.driver.ex_get_node(node.id).name, "lc-node")

        self.assertTrue(self.driver.reboot_node(node))
        interfaces = [i for i in self.driver.ex_list_interfaces() if i.node_id == int(node.id)]
        self.assertEqual(len(interfaces), 1)
        self.assertTrue(self.driver.destroy_node(node), "a running VM is stopped, then deleted")
        self.assertFalse([n for n in self.driver.list_nodes() if n.id == node.id])

    def test_volumes_attached_snapshotted_updated_and_destroyed(self):
        image = next(i for i in self.driver.list_images(self.location) if i.name.startswith("Debian"))
        size = next(s for s in self.driver.list_sizes() if s.id == "small")
        node = self.driver.create_node(name="lc-vols", size=size, image=image, location=self.location, login="ci", password="s3cret-Passw0rd")

        volume = self.driver.create_volume(4096, "lc-data", location=self.location)
        self.assertEqual((volume.name, volume.size), ("lc-data", 4096))
        self.assertIn(volume.id, [v.id for v in self.driver.list_volumes()])
        self.assertEqual(self.driver.ex_get_volume(volume.id).name, "lc-data")

        api = xmlrpc.client.ServerProxy(harness.URL)
        self.assertTrue(self.driver.attach_volume(node, volume))
        self.assertEqual(api.hosting.disk.info(KEY, int(volume.id))["vms_id"], [int(node.id)])
        self.assertIn("lc-data", [d.name for d in self.driver.ex_list_disks()])
        self.assertTrue(self.driver.detach_volume(node, volume))
        self.assertEqual(api.hosting.disk.info(KEY, int(volume.id))["vms_id"], [])
        self.assertTrue(self.driver.ex_node_attach_disk(node, volume))
        self.assertTrue(self.driver.ex_node_detach_disk(node, volume))

        self.assertTrue(self.driver.ex_snapshot_disk(volume, "lc-snap"))
        self.assertIn("lc-snap", [v.name for v in self.driver.list_volumes()])
        self.assertTrue(self.driver.ex_update_disk(volume, new_size=5120, new_name="lc-data2"))
        updated = self.driver.ex_get_volume(volume.id)
        self.assertEqual((updated.name, updated.size), ("lc-data2", 5120))

        clone = self.driver.create_volume(6144, "lc-clone", location=self.location, snapshot=volume)
        self.assertEqual(clone.size, 6144)
        self.assertTrue(self.driver.destroy_volume(clone))
        self.assertNotIn(clone.id, [v.id for v in self.driver.list_volumes()])
        self.assertTrue(self.driver.destroy_node(node))

    def test_key_pairs(self):
        material = public_key("ci@libcloud")
        pair = self.driver.import_key_pair_from_string("lc-key", material)
        self.assertEqual(pair.name, "lc-key")
        self.assertTrue(pair.fingerprint)
        self.assertIn("lc-key", [k.name for k in self.driver.list_key_pairs()])
        self.assertEqual(self.driver.get_key_pair("lc-key").fingerprint, pair.fingerprint)
        self.assertTrue(self.driver.delete_key_pair(pair))
        self.assertNotIn("lc-key", [k.name for k in self.driver.list_key_pairs()])


if __name__ == "__main__":
    harness.main()
