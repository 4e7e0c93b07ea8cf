#!/usr/bin/env bash
# Mutating calls beside the durable-mutation limit, in one run, interleaved: hosting.disk.create,
# hosting.disk.update (a new name each call) and hosting.vm.create_from (a VM, its system disk, an iface
# and an IP) on HostingApi (a SQLite file, as users run it), and POST /xmlrpc-durable/ of the shared
# kestrel-limit (one committed SQLite WAL insert per request), both with their files in the same folder
# (same disk); then mutation flows (mutation_flows.py: create, poll to DONE, delete, poll to DONE).
# Several HostingApi trees can be measured in the same run (e.g. a worktree of the code before a change):
#
#   bench/run-mutations.sh                                   # this tree only, 3 rounds x 5 s, -t2 -c16
#   TREES="before=/tmp/wt-mut-before after=$PWD" bench/run-mutations.sh
#   SEED_DISKS=100000 bench/run-mutations.sh                 # the account holds that many disks first (seed_bulk.py)
#   OURS_ARGS="--Emulator:Journal:Enabled false" bench/run-mutations.sh   # more arguments for every HostingApi tree
#   METHODS="disk.create" FLOW_SECONDS=0 bench/run-mutations.sh   # the creates only (FLOW_SECONDS=0: no flows)
#
# The default account's quotas are raised (each round creates thousands of disks and VMs); after each
# method's run one more call is checked to answer an operation, not a fault (a fault would be a cheaper call).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"
baselines=${BASELINES:-$root/../shared/bench-baselines}
[[ -d $baselines ]] || baselines=/work/shared/bench-baselines
REPS=${REPS:-3}; DURATION=${DURATION:-5s}; THREADS=${THREADS:-2}; CONNS=${CONNS:-16}
PORT_OURS=${PORT_OURS:-23291}; PORT_LIMIT=${PORT_LIMIT:-23292}
TREES=${TREES:-ours=$root}; SEED_DISKS=${SEED_DISKS:-1}; OURS_ARGS=${OURS_ARGS:-}
METHODS=${METHODS:-disk.create disk.update vm.create_from}; FLOW_SECONDS=${FLOW_SECONDS:-10}; FLOW_CLIENTS=${FLOW_CLIENTS:-16}
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
python3 -c 'import sys, xmlrpc.client; open(sys.argv[1], "w").write(xmlrpc.client.dumps((sys.argv[2], {"datacenter_id": 3, "hostname": "bench"}, {"size": 3072}, 100001), "hosting.vm.create_from"))' "$work/vm.create_from.xml" "$KEY"
cp "$work/create.xml" "$work/disk.create.xml"
cp "$here/xmlrpc-unique.lua" "$work/"

start() { # label database
  (cd "$work" && exec env $LAUNCH_ENV dotnet "${dll[$1]}" --urls "http://127.0.0.1:$PORT_OURS" --Database:Path "$2" \
    --Accounts:0:Quota:Disk 1000000000000 --Accounts:0:Quota:Servers 1000000 --Accounts:0:Quota:Ips 1000000 \
    --Accounts:0:Quota:Cores 1000000 --Accounts:0:Quota:Memory 1000000000 --Accounts:0:Quota:Bandwidth 1000000000000 \
    --Serilog:MinimumLevel:Default Warning $OURS_ARGS) >>"$out/server-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 150); do curl -sf -o /dev/null "http://127.0.0.1:$PORT_OURS/_emulator/health" && return; sleep 0.2; done
  echo "server $1 did not start" >&2; exit 1
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }
wrk_json() { # url path [body]
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 10s -s "$work/xmlrpc-unique.lua" "$1" -- "${3:-$work/create.xml}" "$2" \
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
# The disk hosting.disk.update renames: the account's first (the one created above; the same id in every tree).
disk=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select min(Id) from Disks where AccountId = (select Id from Accounts where ApiKey = ?)", (sys.argv[2],)).fetchone()[0])' "$work/${labels[0]}.seed.db" "$KEY")
python3 -c 'import sys, xmlrpc.client; open(sys.argv[1], "w").write(xmlrpc.client.dumps((sys.argv[2], int(sys.argv[3]), {"name": "bench@N@"}), "hosting.disk.update"))' "$work/disk.update.xml" "$KEY" "$disk"

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
    for method in $METHODS; do
      # Every round starts from the seeded account, so the rounds (and the trees) change the same account size.
      cp "$work/$label.seed.db" "$work/$label.db"; rm -f "$work/$label.db-wal" "$work/$label.db-shm"
      start "$label" "$work/$label.db"
      body="$work/$method.xml"
      sed 's/@N@/warm/' "$body" | curl -sf -o /dev/null "http://127.0.0.1:$PORT_OURS/xmlrpc/" -X POST --data-binary @-   # warm the path
      line=$(wrk_json "http://127.0.0.1:$PORT_OURS" /xmlrpc/ "$body")
      faults=$(sed 's/@N@/check/' "$body" | curl -s "http://127.0.0.1:$PORT_OURS/xmlrpc/" -X POST --data-binary @- | grep -c faultCode || true)
      stop
      disks=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from Disks where AccountId is not null").fetchone()[0])' "$work/$label.db")
      echo "{\"server\":\"$label\",\"method\":\"$method\",\"disks_after\":$disks,\"fault_after\":$faults,\"wrk\":$line}" >>"$out/runs.jsonl"
    done
    if [ "$FLOW_SECONDS" -gt 0 ]; then
      cp "$work/$label.seed.db" "$work/$label.db"; rm -f "$work/$label.db-wal" "$work/$label.db-shm"
      start "$label" "$work/$label.db"
      line=$(python3 "$here/mutation_flows.py" "$KEY" "$FLOW_SECONDS" "$FLOW_CLIENTS" "http://127.0.0.1:$PORT_OURS/xmlrpc/" 2>>"$out/flows.err")
      stop
      echo "{\"server\":\"$label\",\"method\":\"flows\",\"flows\":$line}" >>"$out/runs.jsonl"
    fi
  done
done
uptime | tee "$out/uptime-end.txt" >&2

python3 - "$out/runs.jsonl" <<'PY' | tee "$out/summary.md"
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
base = statistics.median(r["wrk"]["rps"] for r in runs if r["server"] == "durable")
print("| server | call | req/s per round | median req/s | vs durable | median p50 ms | median p99 ms | disks after (last round) | errors |")
print("|---|---|---|---:|---:|---:|---:|---:|---:|")
keys = list(dict.fromkeys((r["server"], r.get("method", "")) for r in runs if r.get("method") != "flows"))
for s, m in keys:
    rs = [r for r in runs if r["server"] == s and r.get("method", "") == m]
    w = [r["wrk"] for r in rs]
    rps = statistics.median(x["rps"] for x in w)
    errors = sum(x["err_connect"] + x["err_read"] + x["err_write"] + x["err_status"] + x["err_timeout"] for x in w) + sum(r.get("fault_after", 0) for r in rs)
    print(f"| {s} | {m or 'POST /xmlrpc-durable/'} | {', '.join('%.0f' % x['rps'] for x in w)} | {rps:.0f} | {rps / base:.1%} | {statistics.median(x['p50_us'] for x in w) / 1000:.1f} | {statistics.median(x['p99_us'] for x in w) / 1000:.1f} | {rs[-1].get('disks_after', '')} | {errors} |")
flows = [r for r in runs if r.get("method") == "flows"]
if flows:
    print()
    print("| server | flows/s per round | median flows/s | median p50 ms | median p99 ms | polls per operation | faults |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for s in dict.fromkeys(r["server"] for r in flows):
        f = [r["flows"] for r in flows if r["server"] == s]
        print(f"| {s} | {', '.join('%.0f' % x['flows_per_s'] for x in f)} | {statistics.median(x['flows_per_s'] for x in f):.0f} | {statistics.median(x['p50_ms'] for x in f):.0f} | {statistics.median(x['p99_ms'] for x in f):.0f} | {statistics.median(x['polls_per_flow'] for x in f):.2f} | {sum(x['faults'] for x in f)} |")
PY
