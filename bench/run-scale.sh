#!/usr/bin/env bash
# Does a list page and a filtered count stay cheap as an account grows? The same calls against an
# account with SMALL disks and with LARGE disks (default 100 and 100,000), read cache off so every
# call runs its SQL, measured with wrk in one run. Prints median req/s and the cost ratio.
#
#   bench/run-scale.sh          SMALL=100 LARGE=100000 REPS=3 DURATION=5s
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"   # LAUNCH_ENV: the server's environment as `dotnet run` gives it
baselines=${BASELINES:-$root/../shared/bench-baselines}
SMALL=${SMALL:-100}; LARGE=${LARGE:-100000}; REPS=${REPS:-3}; DURATION=${DURATION:-5s}; PORT=${PORT:-23198}
KEY=hostingapidefaultkey0001
out="$here/results/scale-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$out"
work=$(mktemp -d); server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet build -c Release "$root/src/HostingApi" >"$out/build.log" 2>&1

start() { # database
  (cd "$work" && exec env $LAUNCH_ENV dotnet "$root/src/HostingApi/bin/Release/net10.0/HostingApi.dll" --urls "http://127.0.0.1:$PORT" \
    --Database:Path "$1" --ReadCache:Enabled false --Serilog:MinimumLevel:Default Warning) >>"$out/server.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/_emulator/health" && return; sleep 0.2; done
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

python3 - "$work" "$KEY" <<'PY'
import sys, xmlrpc.client
work, key = sys.argv[1], sys.argv[2]
calls = {
    "page": ("hosting.disk.list", (key, {"items_per_page": 100})),
    "count_selective": ("hosting.disk.count", (key, {"name": "bulk000500"})),
    "count_datacenter": ("hosting.disk.count", (key, {"datacenter_id": 5})),
}
for name, (method, params) in calls.items():
    open(f"{work}/{name}.xml", "w").write(xmlrpc.client.dumps(params, method))
PY

for size in $SMALL $LARGE; do
  start "$work/disks-$size.db"
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/xmlrpc/" -X POST --data-binary \
    "<methodCall><methodName>hosting.disk.create</methodName><params><param><value>$KEY</value></param><param><value><struct><member><name>datacenter_id</name><value><int>3</int></value></member><member><name>size</name><value><int>1024</int></value></member></struct></value></param></params></methodCall>"
  stop
  python3 "$here/seed_bulk.py" "$work/disks-$size.db" "$size" >&2
done

: >"$out/runs.jsonl"
for rep in $(seq "$REPS"); do
  for size in $SMALL $LARGE; do
    start "$work/disks-$size.db"
    for call in page count_selective count_datacenter; do
      wrk -t2 -c8 -d2s -s "$baselines/xmlrpc-post.lua" "http://127.0.0.1:$PORT" -- "$work/$call.xml" >/dev/null
      line=$(wrk -t2 -c8 -d"$DURATION" --latency -s "$baselines/xmlrpc-post.lua" "http://127.0.0.1:$PORT" -- "$work/$call.xml" | grep '^WRKJSON' | sed 's/^WRKJSON //')
      echo "{\"disks\":$size,\"call\":\"$call\",\"wrk\":$line}" >>"$out/runs.jsonl"
    done
    stop
  done
done

python3 - "$out/runs.jsonl" "$SMALL" "$LARGE" <<'PY' | tee "$out/summary.md"
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
small, large = int(sys.argv[2]), int(sys.argv[3])
print(f"| call | {small} disks req/s | {large} disks req/s | cost ratio (large/small) | p50 us small / large |")
print("|---|---:|---:|---:|---:|")
for call in ("page", "count_selective", "count_datacenter"):
    med = {n: statistics.median(r["wrk"]["rps"] for r in runs if r["call"] == call and r["disks"] == n) for n in (small, large)}
    p50 = {n: statistics.median(r["wrk"]["p50_us"] for r in runs if r["call"] == call and r["disks"] == n) for n in (small, large)}
    errors = sum(r["wrk"]["err_status"] + r["wrk"]["err_read"] for r in runs if r["call"] == call)
    print(f"| {call} | {med[small]:.0f} | {med[large]:.0f} | {med[small] / med[large]:.2f} | {p50[small]} / {p50[large]} | " + (f"errors {errors}" if errors else ""))
PY
