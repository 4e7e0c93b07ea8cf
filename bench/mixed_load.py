"""A mixed load, as a CI suite gives it: CLIENTS clients, RATE calls/s in all, a third of them writes.

Each client loops over one cycle of nine calls, the way gandi.cli and libcloud drive the API: it
creates a disk and polls the operation, reads it, renames it, lists, deletes it and polls again, with
catalog, account and list reads between (3 writes, 6 reads). Calls are paced on a schedule, so a slow
answer does not lower the offered rate. Prints calls, faults, the achieved rate and latency percentiles.

    python3 bench/mixed_load.py URL [--clients 8] [--rate 140] [--seconds 180]
"""
import argparse
import threading
import time
import uuid
import xmlrpc.client

KEY = "hostingapidefaultkey0001"


def cycle(api, tag):
    """Yields (kind, call) pairs: one cycle of 3 writes and 6 reads."""
    state = {}

    def create():
        op = api.hosting.disk.create(KEY, {"datacenter_id": 3, "size": 1024, "name": "mix-%s" % tag})
        state["op"], state["disk"] = op["id"], op["disk_id"]

    yield "write", create
    yield "read", lambda: api.operation.info(KEY, state["op"])
    yield "read", lambda: api.hosting.disk.info(KEY, state["disk"])
    yield "write", lambda: state.update(op=api.hosting.disk.update(KEY, state["disk"], {"name": "mix-%s-b" % tag})["id"])
    yield "read", lambda: api.hosting.disk.list(KEY, {"items_per_page": 50})
    yield "read", lambda: api.operation.info(KEY, state["op"])
    yield "write", lambda: state.update(op=api.hosting.disk.delete(KEY, state["disk"])["id"])
    yield "read", lambda: api.operation.info(KEY, state["op"])
    yield "read", lambda: api.hosting.image.list(KEY, {"datacenter_id": 3}) if int(time.time()) % 2 else api.hosting.account.info(KEY)


def client(url, interval, deadline, results, index):
    api = xmlrpc.client.ServerProxy(url, allow_none=True)
    latencies, faults, writes = [], 0, 0
    next_at = time.monotonic() + interval * index / 8  # staggered starts
    while time.monotonic() < deadline:
        for kind, call in cycle(api, "%d-%s" % (index, uuid.uuid4().hex[:6])):
            pause = next_at - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            next_at += interval
            started = time.monotonic()
            try:
                call()
            except xmlrpc.client.Fault:
                faults += 1
            latencies.append(time.monotonic() - started)
            writes += kind == "write"
    results[index] = (latencies, faults, writes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rate", type=float, default=140)
    parser.add_argument("--seconds", type=float, default=180)
    args = parser.parse_args()
    interval = args.clients / args.rate
    started = time.monotonic()
    deadline = started + args.seconds
    results = [None] * args.clients
    threads = [threading.Thread(target=client, args=(args.url, interval, deadline, results, i)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    latencies = sorted(l for r in results for l in r[0])
    faults = sum(r[1] for r in results)
    writes = sum(r[2] for r in results)
    pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
    print("calls %d (writes %d, %.0f%%), faults %d, %.1f calls/s over %.0f s; latency ms p50 %.2f p99 %.2f max %.2f"
          % (len(latencies), writes, 100.0 * writes / len(latencies), faults, len(latencies) / elapsed, elapsed,
             pct(0.5), pct(0.99), latencies[-1] * 1000))


if __name__ == "__main__":
    main()
