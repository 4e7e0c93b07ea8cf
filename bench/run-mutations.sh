#!/usr/bin/env bash
# A mutating call beside the durable-mutation limit, in one run, interleaved: hosting.disk.create on
# HostingApi (a SQLite file, as users run it) and POST /xmlrpc-durable/ of the shared kestrel-limit
# (one committed SQLite WAL insert per request), both with their files in the same folder (same disk).
# Several HostingApi trees can be measured in the same run (e.g. a worktree of the code before a change):
#
#   bench/run-mutations.sh                                   # this tree only, 3 rounds x 5 s, -t2 -c16
#   TREES="before=/tmp/wt-mut-before after=$PWD" bench/run-mutations.sh
#   SEED_DISKS=100000 bench/run-mutations.sh                 # the account holds that many disks first (seed_bulk.py)
#   OURS_ARGS="--Database:Synchronous Full" bench/run-mutations.sh
#
# The default account's disk quota is raised (each round creates thousands of disks); every answer is
# checked afterwards to be a disk_create operation, not a fault (a fault would be a cheaper call).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"
baselines=${BASELINES:-$root/../shared/bench-baselines}
[[ -d $baselines ]] || baselines=/work/shared/bench-baselines
REPS=${REPS:-3}; DURATION=${DURATION:-5s}; THREADS=${THREADS:-2}; CONNS=${CONNS:-16}
PORT_OURS=${PORT_OURS:-23291}; PORT_LIMIT=${PORT_LIMIT:-23292}
TREES=${TREES:-ours=$root}; SEED_DISKS=${SEED_DISKS:-1}; OURS_ARGS=${OURS_ARGS:-}
KEY=hostingapidefaultkey0001
out="$here/results/mutations-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$out"
work=$(mktemp -d -p "${WORK_PARENT:-/tmp}"); server=""; limit=""
cleanup() { for p in $server $limit; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
uptime | tee "$out/uptime-start.txt" >&2

echo "building (Release)..." >&2
cp -r "$baselines/." "$work/"
(cd "$work" && python3 gen_bodies.py >/dev/null)
dotnet build -c Release "$work/kestrel-limit" -o "$work/limit-bin" >"$out/build-limit.log" 2>&1
declare -A dll
labels=()
for tree in $TREES; do
  label=${tree%%=*}; path=${tree#*=}; labels+=("$label")
  dotnet build -c Release "$path/src/HostingApi" >"$out/build-$label.log" 2>&1
  dll[$label]="$path/src/HostingApi/bin/Release/net10.0/HostingApi.dll"
done
python3 -c 'import sys, xmlrpc.client; open(sys.argv[1], "w").write(xmlrpc.client.dumps((sys.argv[2], {"datacenter_id": 3, "size": 1024}), "hosting.disk.create"))' "$work/create.xml" "$KEY"

start() { # label database
  (cd "$work" && exec env $LAUNCH_ENV dotnet "${dll[$1]}" --urls "http://127.0.0.1:$PORT_OURS" --Database:Path "$2" \
    --Accounts:0:Quota:Disk 1000000000000 --Serilog:MinimumLevel:Default Warning $OURS_ARGS) >>"$out/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 150); do curl -sf -o /dev/null "http://127.0.0.1:$PORT_OURS/_emulator/health" && return; sleep 0.2; done
  echo "server $1 did not start" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }
wrk_json() { # url path
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 10s -s "$work/xmlrpc-post.lua" "$1" -- "$work/create.xml" "$2" \
    | grep '^WRKJSON' | sed 's/^WRKJSON //'
}

# Each tree's database: one disk created through the API, multiplied in SQL when asked.
for label in "${labels[@]}"; do
  start "$label" "$work/$label.db"
  curl -sf -o /dev/null "http://127.0.0.1:$PORT_OURS/xmlrpc/" -X POST --data-binary @"$work/create.xml"
  stop
  [ "$SEED_DISKS" -gt 1 ] && python3 "$here/seed_bulk.py" "$work/$label.db" "$SEED_DISKS" "$KEY" >&2
  cp "$work/$label.db" "$work/$label.seed.db"
done

(cd "$work/limit-bin" && exec dotnet KestrelLimit.dll --urls "http://127.0.0.1:$PORT_LIMIT" --benchBodiesDir "$work/bodies" \
  --durableDb "$work/durable.db") >"$out/limit.log" 2>&1 &
limit=$!
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT_LIMIT/xmlrpc-durable/" -X POST --data-binary @"$work/create.xml" && break; sleep 0.2; done

: >"$out/runs.jsonl"
for rep in $(seq "$REPS"); do
  echo "round $rep" >&2
  line=$(wrk_json "http://127.0.0.1:$PORT_LIMIT" /xmlrpc-durable/)
  echo "{\"server\":\"durable\",\"wrk\":$line}" >>"$out/runs.jsonl"
  for label in "${labels[@]}"; do
    # Every round starts from the seeded account, so the rounds (and the trees) create into the same account size.
    cp "$work/$label.seed.db" "$work/$label.db"; rm -f "$work/$label.db-wal" "$work/$label.db-shm"
    start "$label" "$work/$label.db"
    curl -sf -o /dev/null "http://127.0.0.1:$PORT_OURS/xmlrpc/" -X POST --data-binary @"$work/create.xml"   # warm the path
    line=$(wrk_json "http://127.0.0.1:$PORT_OURS" /xmlrpc/)
    faults=$(curl -s "http://127.0.0.1:$PORT_OURS/xmlrpc/" -X POST --data-binary @"$work/create.xml" | grep -c faultCode || true)
    stop
    disks=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from Disks where AccountId is not null").fetchone()[0])' "$work/$label.db")
    echo "{\"server\":\"$label\",\"disks_after\":$disks,\"fault_after\":$faults,\"wrk\":$line}" >>"$out/runs.jsonl"
  done
done
uptime | tee "$out/uptime-end.txt" >&2

python3 - "$out/runs.jsonl" <<'PY' | tee "$out/summary.md"
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
servers = list(dict.fromkeys(r["server"] for r in runs))
base = statistics.median(r["wrk"]["rps"] for r in runs if r["server"] == "durable")
print("| server | req/s per round | median req/s | vs durable | median p50 ms | median p99 ms | disks after (last round) | errors |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for s in servers:
    rs = [r for r in runs if r["server"] == s]
    w = [r["wrk"] for r in rs]
    rps = statistics.median(x["rps"] for x in w)
    errors = sum(x["err_connect"] + x["err_read"] + x["err_write"] + x["err_status"] + x["err_timeout"] for x in w) + sum(r.get("fault_after", 0) for r in rs)
    print(f"| {s} | {', '.join('%.0f' % x['rps'] for x in w)} | {rps:.0f} | {rps / base:.0%} | {statistics.median(x['p50_us'] for x in w) / 1000:.1f} | {statistics.median(x['p99_us'] for x in w) / 1000:.1f} | {rs[-1].get('disks_after', '')} | {errors} |")
PY
