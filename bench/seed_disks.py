#!/usr/bin/env python3
"""Seeds an account of a running HostingApi with disks through the API, then writes the request
bodies the benchmark sends to it (same shape as the baselines' bodies, our key and a real disk id).

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
    os.makedirs(out, exist_ok=True)
    bodies = {
        "disk_info": ("hosting.disk.info", (KEY, ids[len(ids) // 2])),
        "disk_list": ("hosting.disk.list", (KEY, {"items_per_page": 100})),
    }
    for name, (method, params) in bodies.items():
        with open(os.path.join(out, name + ".xml"), "w") as f:
            f.write(xmlrpc.client.dumps(params, method))
    print("seeded %d disks; bodies in %s" % (count, out))


if __name__ == "__main__":
    main()
