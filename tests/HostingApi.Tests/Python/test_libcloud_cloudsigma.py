"""Apache libcloud's CloudSigma API 2.0 driver, unmodified (Debian's python3-libcloud), over HTTPS.

The driver refuses plain HTTP, so the server listens on https with the certificate it generated,
whose PEM path comes in the URL's fragment; libcloud trusts exactly that file (CA_CERTS_PATH).
host= and port= make the driver ignore its region's host. What its users do with drives runs here.
"""
import os
from urllib.parse import urlparse

import libcloud.security
from libcloud.compute.providers import get_driver
from libcloud.compute.types import Provider
from libcloud.common.types import InvalidCredsError

import harness
import unittest

EMAIL = "hostingapi@example.com"
PASSWORD = "hostingapi"
GiB = 1024 ** 3


def connect(password=PASSWORD):
    url = urlparse(harness.URL)
    libcloud.security.CA_CERTS_PATH = url.fragment
    os.environ["SSL_CERT_FILE"] = url.fragment
    cls = get_driver(Provider.CLOUDSIGMA)
    return cls(EMAIL, password, api_version="2.0", host=url.hostname, port=url.port)


class CloudSigmaDrives(unittest.TestCase):
    def setUp(self):
        self.driver = connect()

    def test_create_get_resize_clone_list_and_destroy_volumes(self):
        volume = self.driver.create_volume(name="lc-drive", size=1)
        self.assertEqual(volume.name, "lc-drive")
        self.assertEqual(volume.size, 1)
        self.assertEqual(volume.status, "creating")

        drive = self.driver.ex_get_drive(volume.id)
        self.assertEqual(drive.status, "unmounted")
        self.assertEqual(drive.media, "disk")

        resized = self.driver.ex_resize_drive(drive, 2)
        self.assertEqual(resized.status, "resizing")
        self.assertEqual(self.driver.ex_get_drive(volume.id).size, 2)

        clone = self.driver.ex_clone_drive(drive, name="lc-clone")
        self.assertEqual(clone.name, "lc-clone")
        self.assertEqual(clone.status, "cloning_dst")

        ids = sorted(v.id for v in self.driver.list_volumes())
        self.assertEqual(ids, sorted([volume.id, clone.id]))

        self.assertTrue(self.driver.destroy_volume(clone))
        self.assertTrue(self.driver.destroy_volume(volume))
        self.assertEqual(self.driver.list_volumes(), [])

    def test_library_drives_and_images(self):
        library = self.driver.ex_list_library_drives()
        self.assertTrue(library)
        images = self.driver.list_images()
        self.assertTrue(images)
        self.assertEqual(images[0].extra["image_type"], "preinst")
        clone = self.driver.ex_clone_drive(images[0], name="from-image")
        self.assertEqual(clone.status, "cloning_dst")
        self.assertEqual(self.driver.ex_get_drive(clone.id).status, "unmounted")
        self.assertTrue(self.driver.destroy_volume(clone))

    def test_groups_and_capabilities(self):
        self.assertIsInstance(self.driver.ex_list_drives_availability_groups(), list)
        self.assertIn("drives", self.driver.ex_list_capabilities())

    def test_wrong_password(self):
        with self.assertRaises(InvalidCredsError):
            connect("wrong").list_volumes()


if __name__ == "__main__":
    harness.main()
