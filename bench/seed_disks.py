#!/usr/bin/env python3
"""Seeds an account of a running HostingApi through the API: COUNT disks, and a VM with two disks and
two ifaces; then writes the request bodies the benchmark sends to it (the baselines' calls, with our
key and real ids).

    seed_disks.py URL COUNT OUT_DIR
"""
import os
import sys
import xmlrpc.client

KEY = "hostingapidefaultkey0001"


def main():
    url, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    api = xmlrpc.client.ServerProxy(url)
    ids = []
    for i in range(count):
        op = api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 10240, "name": "bench%05d" % i, "snapshot_profile": 1})
        ids.append(op["disk_id"])
    [image] = api.hosting.image.list(KEY, {"label": "Debian 10 64 bits (HVM)", "datacenter_id": 3})
    ops = api.hosting.vm.create_from(KEY, {"datacenter_id": 3, "hostname": "bench-vm", "memory": 2048, "cores": 2},
                                     {"name": "bench-sys", "size": 10240}, image["disk_id"])
    vm_id = ops[-1]["vm_id"]
    data = api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 20480, "name": "bench-data"})
    iface = api.hosting.iface.create(KEY, {"datacenter_id": 3, "bandwidth": 102400})
    api.operation.info(KEY, iface["id"])
    # An Instant operation is done at the account's next read (docs/operations.md): wait for each, as a client
    # would, before the next change to the same VM.
    api.operation.info(KEY, api.hosting.vm.disk_attach(KEY, vm_id, data["disk_id"])["id"])
    api.operation.info(KEY, api.hosting.vm.iface_attach(KEY, vm_id, iface["iface_id"])["id"])
    os.makedirs(out, exist_ok=True)
    bodies = {
        "disk_info": ("hosting.disk.info", (KEY, ids[len(ids) // 2])),
        "disk_list": ("hosting.disk.list", (KEY, {"items_per_page": 100})),
        "vm_info": ("hosting.vm.info", (KEY, vm_id)),
    }
    for name, (method, params) in bodies.items():
        with open(os.path.join(out, name + ".xml"), "w") as f:
            f.write(xmlrpc.client.dumps(params, method))
    print("seeded %d disks; bodies in %s" % (count, out))


if __name__ == "__main__":
    main()
