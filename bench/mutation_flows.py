#!/usr/bin/env python3
"""Mutation flows against one or more HostingApi instances, as gandi.cli does them: create a disk, poll
its operation to DONE, delete the disk, poll that operation to DONE. CLIENTS threads, each on a
keep-alive connection of its own to one instance (client i to URLS[i % len(URLS)]), for DURATION
seconds after WARMUP seconds; prints one JSON line: flows, flows/s, the flow's p50 and p99 in ms,
calls, polls per flow and faults (a flow that faulted is not counted).

    mutation_flows.py KEY DURATION CLIENTS URL [URL...]
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse
import xmlrpc.client

WARMUP = 2.0


def main():
    key, duration, clients, urls = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
    start = time.monotonic() + WARMUP
    end = start + duration
    results = [None] * clients
    threads = [threading.Thread(target=client, args=(urls[i % len(urls)], key, start, end, results, i)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    flows = sorted(d for r in results for d in r["flows"])
    calls = sum(r["calls"] for r in results)
    polls = sum(r["polls"] for r in results)
    print(json.dumps({
        "flows": len(flows),
        "flows_per_s": len(flows) / duration,
        "p50_ms": percentile(flows, 50) * 1000,
        "p99_ms": percentile(flows, 99) * 1000,
        "calls_per_s": calls / duration,
        "polls_per_flow": polls / max(len(flows), 1) / 2,
        "faults": sum(r["faults"] for r in results),
        "instances": len(urls),
        "clients": clients,
    }))


def percentile(sorted_values, p):
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p / 100))]


def client(url, key, start, end, results, index):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port)
    mine = {"flows": [], "calls": 0, "polls": 0, "faults": 0}
    results[index] = mine

    def call(method, *params):
        body = xmlrpc.client.dumps(params, method).encode()
        connection.request("POST", parts.path, body, {"Content-Type": "text/xml"})
        answer = connection.getresponse().read()
        if time.monotonic() >= start:
            mine["calls"] += 1
        return xmlrpc.client.loads(answer)[0][0]

    def poll(operation_id):
        while True:
            op = call("operation.info", key, operation_id)
            if time.monotonic() >= start:
                mine["polls"] += 1
            if op["step"] == "DONE":
                return
            if op["step"] in ("ERROR", "CANCEL"):
                raise RuntimeError("operation %s ended in %s" % (operation_id, op["step"]))

    while True:
        began = time.monotonic()
        if began >= end:
            break
        try:
            created = call("hosting.disk.create", key, {"datacenter_id": 3, "size": 1024})
            poll(created["id"])
            deleted = call("hosting.disk.delete", key, created["disk_id"])
            poll(deleted["id"])
        except (xmlrpc.client.Fault, RuntimeError) as e:
            mine["faults"] += 1
            if mine["faults"] <= 3:
                print("fault: %s" % e, file=sys.stderr)
            continue
        finished = time.monotonic()
        if began >= start and finished <= end:
            mine["flows"].append(finished - began)


if __name__ == "__main__":
    main()
