"""The catalog, account and operation calls real clients make, through CPython's xmlrpc.client."""
import datetime
import time
import unittest
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"


class GandiCliAccountInfo(unittest.TestCase):
    """gandi.cli `account info`: hosting.account.info, hosting.rating.list, contact.balance (use_datetime=True)."""

    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL, use_datetime=True)

    def test_account_info_command(self):
        account = self.api.hosting.account.info(KEY)
        rating = self.api.hosting.rating.list(KEY)[-1]
        balance = self.api.contact.balance(KEY)
        usage = sum(v for rate in rating.values() if isinstance(rate, dict) for v in rate.values())
        self.assertEqual(account["handle"], balance["handle"])
        self.assertGreater(account["credits"] / usage, 0)
        self.assertEqual(balance["prepaid"]["currency"], "EUR")
        self.assertIsInstance(rating["timestamp"], datetime.datetime)

    def test_version(self):
        self.assertEqual(self.api.version.info(KEY), {"api_version": "3.3.42"})


class DockerMachineLookups(unittest.TestCase):
    """docker-machine's driver: the datacenter by name and the image by label must each match exactly one."""

    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)

    def test_datacenter_and_image(self):
        [dc] = self.api.hosting.datacenter.list(KEY, {"name": "Bissen"})
        [image] = self.api.hosting.image.list(KEY, {"label": "Ubuntu 14.04 64 bits LTS (HVM)", "datacenter_id": dc["id"]})
        self.assertEqual(image["datacenter_id"], dc["id"])
        self.assertIsInstance(image["disk_id"], int)


class LibcloudStyle(unittest.TestCase):
    """libcloud: list calls with no options at all, and operation polling until DONE."""

    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL)

    def test_lists_without_options(self):
        self.assertEqual(len(self.api.hosting.datacenter.list(KEY)), 5)
        self.assertGreater(len(self.api.hosting.image.list(KEY)), 0)

    def test_create_then_poll(self):
        op = self.api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 1024, "name": "pydisk"})
        self.assertEqual(op["step"], "WAIT")
        for _ in range(10):
            step = self.api.operation.info(KEY, op["id"])["step"]
            if step not in ("BILL", "WAIT", "RUN"):
                break
            time.sleep(0.1)
        self.assertEqual(step, "DONE")
        disk = self.api.hosting.disk.info(KEY, op["disk_id"])
        self.assertEqual((disk["name"], disk["size"], disk["state"]), ("pydisk", 1024, "created"))
        pending = self.api.operation.list(KEY, {"step": ["BILL", "WAIT", "RUN"], "items_per_page": 500, "sort_by": "date_created DESC"})
        self.assertEqual(pending, [])


if __name__ == "__main__":
    harness.main()
