"""hosting.vm.* through CPython's xmlrpc.client: the lifecycle clients run, and a test per rule, faults included."""
import unittest
import uuid
import xmlrpc.client

import harness

KEY = "hostingapidefaultkey0001"


class Vms(unittest.TestCase):
    def setUp(self):
        self.api = xmlrpc.client.ServerProxy(harness.URL, allow_none=True)

    def fault(self, call, *args):
        with self.assertRaises(xmlrpc.client.Fault) as caught:
            call(*args)
        return caught.exception

    def done(self, op):
        self.assertEqual(self.api.operation.info(KEY, op["id"])["step"], "DONE")

    def image(self):
        [image] = self.api.hosting.image.list(KEY, {"label": "Ubuntu 14.04 64 bits LTS (HVM)", "datacenter_id": 3})
        return image

    def new_vm(self, **spec):
        spec.setdefault("datacenter_id", 3)
        spec.setdefault("hostname", "vm-" + uuid.uuid4().hex[:8])
        disk_op, iface_op, vm_op = self.api.hosting.vm.create_from(KEY, spec, {"size": 5120}, self.image()["disk_id"])
        for op in (disk_op, iface_op, vm_op):
            self.done(op)
        return vm_op["vm_id"], disk_op["disk_id"], iface_op["iface_id"]

    def test_create_from_then_info_as_docker_machine_reads_it(self):
        hostname = "dm-" + uuid.uuid4().hex[:8]
        ops = self.api.hosting.vm.create_from(KEY, {"datacenter_id": 3, "hostname": hostname, "memory": 512, "cores": 1,
                                                    "ip_version": 4, "bandwidth": 102400.0, "ssh_key": "ssh-rsa AAAAB3NzaC1yc2E= me@host"},
                                              {"name": "sys-" + hostname, "size": 5120}, self.image()["disk_id"])
        self.assertEqual([op["type"] for op in ops], ["disk_create", "iface_create", "vm_create"])
        self.assertTrue(all(op["step"] == "WAIT" for op in ops))
        self.assertEqual(ops[2]["vm_id"], ops[0]["vm_id"])
        [listed] = self.api.hosting.vm.list(KEY, {"hostname": hostname})
        self.assertEqual(listed["state"], "running")
        info = self.api.hosting.vm.info(KEY, listed["id"])
        self.assertEqual((info["memory"], info["cores"], info["vm_max_memory"], info["console"], info["ai_active"]), (512, 1, 2048, 0, 0))
        self.assertEqual(info["disks"][0]["id"], ops[0]["disk_id"])
        self.assertEqual((info["disks"][0]["size"], info["disks"][0]["label"], info["disks"][0]["vms_id"]), (5120, "Ubuntu 14.04 64 bits LTS (HVM)", [listed["id"]]))
        self.assertEqual(info["ifaces"][0]["state"], "used")
        self.assertRegex(info["ifaces"][0]["ips"][0]["ip"], r"^\d+\.\d+\.\d+\.\d+$")
        self.assertEqual(set(info) - set(listed), {"disks", "ifaces", "graph_urls", "console_url", "probes", "triggers", "hvm_state"})
        self.assertEqual(set(info["graph_urls"]), {"vcpu", "vdi", "vif"})

    def test_create_on_an_existing_system_disk(self):
        disk = self.api.hosting.disk.create_from(KEY, {}, self.image()["disk_id"])
        self.done(disk)
        iface_op, vm_op = self.api.hosting.vm.create(KEY, {"datacenter_id": 3, "sys_disk_id": disk["disk_id"]})
        self.assertEqual((iface_op["type"], vm_op["type"]), ("iface_create", "vm_create"))
        self.done(vm_op)
        self.assertEqual(self.api.hosting.vm.info(KEY, vm_op["vm_id"])["disks_id"], [disk["disk_id"]])

    def test_create_from_with_an_iface_answers_two_operations(self):
        iface = self.api.hosting.iface.create(KEY, {"datacenter_id": 3})
        self.done(iface)
        ops = self.api.hosting.vm.create_from(KEY, {"datacenter_id": 3, "iface_id": iface["iface_id"]}, {}, self.image()["disk_id"])
        self.assertEqual([op["type"] for op in ops], ["disk_create", "vm_create"])

    def test_stop_start_reboot_and_the_wrong_states(self):
        vm, _, _ = self.new_vm()
        self.assertEqual(self.fault(self.api.hosting.vm.start, KEY, vm).faultCode, 530260)
        self.done(self.api.hosting.vm.stop(KEY, vm))
        self.assertEqual(self.api.hosting.vm.info(KEY, vm)["state"], "halted")
        self.assertEqual(self.fault(self.api.hosting.vm.stop, KEY, vm).faultCode, 530260)
        self.assertEqual(self.fault(self.api.hosting.vm.reboot, KEY, vm).faultCode, 530260)
        self.done(self.api.hosting.vm.start(KEY, vm))
        self.done(self.api.hosting.vm.reboot(KEY, vm))
        self.assertEqual(self.api.hosting.vm.info(KEY, vm)["state"], "running")

    def test_delete_needs_a_halted_vm_and_takes_its_system_disk_and_first_iface(self):
        vm, sys_disk, first_iface = self.new_vm()
        data = self.api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 1024})
        self.done(data)
        self.done(self.api.hosting.vm.disk_attach(KEY, vm, data["disk_id"]))
        self.assertEqual(self.fault(self.api.hosting.vm.delete, KEY, vm).faultCode, 530260)
        self.done(self.api.hosting.vm.stop(KEY, vm))
        self.done(self.api.hosting.vm.delete(KEY, vm))
        self.assertEqual(self.fault(self.api.hosting.vm.info, KEY, vm).faultCode, 530242)
        self.assertEqual(self.fault(self.api.hosting.disk.info, KEY, sys_disk).faultCode, 530442)
        self.assertEqual(self.fault(self.api.hosting.iface.info, KEY, first_iface).faultCode, 531742)
        self.assertEqual(self.api.hosting.disk.info(KEY, data["disk_id"])["vms_id"], [])

    def test_disk_attach_rules(self):
        vm, sys_disk, _ = self.new_vm()
        elsewhere = self.api.hosting.disk.create(KEY, {"datacenter_id": 5, "size": 1024})
        self.done(elsewhere)
        fault = self.fault(self.api.hosting.vm.disk_attach, KEY, vm, elsewhere["disk_id"])
        self.assertEqual(fault.faultCode, 530451)
        self.assertIn("VM and Disk must be in the same datacenter", fault.faultString)
        data = self.api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 1024})
        self.done(data)
        self.done(self.api.hosting.vm.disk_attach(KEY, vm, data["disk_id"], {"position": 1, "access": "read"}))
        other, _, _ = self.new_vm()
        self.assertEqual(self.fault(self.api.hosting.vm.disk_attach, KEY, other, data["disk_id"]).faultCode, 530439)
        self.assertEqual(self.fault(self.api.hosting.disk.delete, KEY, data["disk_id"]).faultCode, 530439)
        self.assertEqual(self.fault(self.api.hosting.vm.disk_detach, KEY, vm, sys_disk).faultCode, 530260)
        self.assertEqual(self.fault(self.api.hosting.vm.disk_attach, KEY, vm, data["disk_id"], {"position": 0}).faultCode, 530439)
        self.done(self.api.hosting.vm.disk_detach(KEY, vm, data["disk_id"]))
        self.done(self.api.hosting.vm.stop(KEY, vm))
        self.done(self.api.hosting.vm.disk_attach(KEY, vm, data["disk_id"], {"position": 0}))
        self.assertEqual(self.api.hosting.vm.info(KEY, vm)["disks_id"], [data["disk_id"], sys_disk])
        self.done(self.api.hosting.vm.disk_detach(KEY, vm, data["disk_id"]))

    def test_iface_attach_and_detach_all(self):
        vm, _, first = self.new_vm()
        extra = self.api.hosting.iface.create(KEY, {"datacenter_id": 3})
        self.done(extra)
        self.done(self.api.hosting.vm.iface_attach(KEY, vm, extra["iface_id"]))
        self.assertEqual(self.api.hosting.vm.info(KEY, vm)["ifaces_id"], [first, extra["iface_id"]])
        self.assertEqual(self.fault(self.api.hosting.iface.delete, KEY, extra["iface_id"]).faultCode, 531739)
        for iface in (first, extra["iface_id"]):
            self.done(self.api.hosting.vm.iface_detach(KEY, vm, iface))
        self.assertEqual(self.api.hosting.vm.info(KEY, vm)["ifaces_id"], [])
        self.assertEqual(self.fault(self.api.hosting.vm.iface_detach, KEY, vm, first).faultCode, 531798)

    def test_update_memory_rules(self):
        vm, _, _ = self.new_vm()
        self.assertEqual(self.fault(self.api.hosting.vm.update, KEY, vm, {"memory": 1000}).faultCode, 530230)
        self.assertEqual(self.fault(self.api.hosting.vm.update, KEY, vm, {"memory": 4096}).faultCode, 530230)
        self.done(self.api.hosting.vm.update(KEY, vm, {"memory": 1024, "cores": 2}))
        self.assertEqual(self.api.operation.count(KEY, {"type": "vm_reboot", "vm_id": vm}), 0)
        self.done(self.api.hosting.vm.update(KEY, vm, {"vm_max_memory": 4096}))
        self.assertEqual(self.api.operation.count(KEY, {"type": "vm_reboot", "vm_id": vm}), 1, "raising vm_max_memory on a running VM reboots it")
        info = self.api.hosting.vm.info(KEY, vm)
        self.assertEqual((info["memory"], info["cores"], info["vm_max_memory"]), (1024, 2, 4096))

    def test_create_refusals(self):
        image = self.image()["disk_id"]
        self.assertEqual(self.fault(self.api.hosting.vm.create_from, KEY, {"datacenter_id": 5}, {}, image).faultCode, 530451)
        self.assertEqual(self.fault(self.api.hosting.vm.create_from, KEY, {"datacenter_id": 3, "memory": 100}, {}, image).faultCode, 530230)
        self.assertEqual(self.fault(self.api.hosting.vm.create_from, KEY, {"datacenter_id": 3, "keys": [999999]}, {}, image).faultCode, 501742)
        self.assertEqual(self.fault(self.api.hosting.vm.create, KEY, {"datacenter_id": 3}).faultCode, 501532)
        fault = self.fault(self.api.hosting.vm.create_from, KEY, {"datacenter_id": 3, "cores": 1000}, {}, image)
        self.assertIn("CAUSE_QUOTA_REACHED", fault.faultString)

    def test_can_migrate_and_two_phase_migration_as_gandi_cli_drives_it(self):
        vm, sys_disk, iface = self.new_vm()  # LU-BI1 migrates to FR-SD5
        self.assertEqual(self.api.hosting.vm.can_migrate(KEY, vm), {"can_migrate": True, "matched": ["FR-SD5"], "can_migrate_to": ["FR-SD5"]})
        op = self.api.hosting.vm.migrate(KEY, vm)
        self.assertEqual(op["type"], "hosting_migration_vm")
        self.assertEqual(op["params"]["inner_step"], "wait_sync")
        running = self.api.operation.info(KEY, op["id"])
        self.assertEqual((running["step"], running["params"]["inner_step"]), ("RUN", "wait_finalize"))
        info = self.api.hosting.vm.info(KEY, vm)
        self.assertEqual((info["state"], info["is_migrating"]), ("being_migrated", True))
        need_finalize = self.api.operation.list(KEY, {"type": "hosting_migration_vm", "step": "RUN", "vm_id": vm})
        self.assertEqual([o["id"] for o in need_finalize], [op["id"]])
        self.done(self.api.hosting.vm.migrate(KEY, vm, True))
        info = self.api.hosting.vm.info(KEY, vm)
        self.assertEqual((info["state"], info["is_migrating"], info["datacenter_id"]), ("running", False, 5))
        self.assertEqual(self.api.hosting.disk.info(KEY, sys_disk)["datacenter_id"], 5)
        self.assertEqual(self.api.hosting.iface.info(KEY, iface)["ips"][0]["datacenter_id"], 5)
        self.assertEqual(self.fault(self.api.hosting.vm.migrate, KEY, vm, True).faultCode, 530247)

    def test_disk_rollback_chains_the_operations_it_needs(self):
        vm, sys_disk, _ = self.new_vm()
        snapshot = self.api.hosting.disk.create_from(KEY, {"type": "snapshot"}, sys_disk)
        self.done(snapshot)
        chain = self.api.hosting.vm.disk_rollback(KEY, snapshot["disk_id"])
        self.assertEqual([op["type"] for op in chain], ["vm_stop", "disk_detach", "disk_rollback_from", "disk_attach", "vm_start"])
        for op in chain:
            self.done(op)
        info = self.api.hosting.vm.info(KEY, vm)
        new_disk = chain[2]["disk_id"]
        self.assertEqual((info["state"], info["disks_id"][0]), ("running", new_disk))
        self.assertEqual(self.api.hosting.disk.info(KEY, new_disk)["source"], snapshot["disk_id"])
        self.assertEqual(self.api.hosting.disk.info(KEY, sys_disk)["vms_id"], [])

    def test_ips_by_vm_hostname(self):
        hostname = "web-" + uuid.uuid4().hex[:8]
        vm, _, iface = self.new_vm(hostname=hostname)
        ips = self.api.hosting.iface.info(KEY, iface)["ips_id"]
        self.assertEqual(sorted(ip["id"] for ip in self.api.hosting.ip.list(KEY, {"vm_hostname": hostname})), sorted(ips))
        self.assertEqual(self.api.hosting.ip.count(KEY, {"~vm_hostname": hostname[:6] + "%", "version": 4}), 1)
        self.assertEqual(self.api.hosting.ip.count(KEY, {"vm_hostname": "no-such-vm"}), 0)

    def test_legacy_vm_names(self):
        vm, _, _ = self.new_vm()
        self.assertEqual(self.api.vm.info(KEY, vm)["id"], vm)


if __name__ == "__main__":
    harness.main()
