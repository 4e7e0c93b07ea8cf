#!/usr/bin/env bash
# The control plane's cost on the hot path, in one run: two HostingApi servers side by side, one with
# the control plane at rest (journal off, no fault rules), one with the journal on and ten fault
# rules posted that never match disk.info; the same wrk load on each, interleaved. The target is
# "busy" keeping at least 90% of "rest"'s requests per second.
#
#   bench/run-control-plane.sh                          # disk_info, 3 reps x 10 s
#   BODIES="disk_info disk_list" bench/run-control-plane.sh
#   REPS=1 DURATION=3s bench/run-control-plane.sh       # smoke run
#   LOG_LEVEL=Warning bench/run-control-plane.sh        # without the per-call log line
#
# Needs wrk, curl, python3 and the shared bench-baselines (for xmlrpc-post.lua; BASELINES=... to point elsewhere).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"
baselines=${BASELINES:-$root/../shared/bench-baselines}
REPS=${REPS:-3}; DURATION=${DURATION:-10s}; THREADS=${THREADS:-2}; CONNS=${CONNS:-32}
PORT_REST=${PORT_REST:-23194}; PORT_BUSY=${PORT_BUSY:-23195}
LOG_LEVEL=${LOG_LEVEL:-Information}
BODIES=${BODIES:-disk_info}
SEED_DISKS=${SEED_DISKS:-100}

out="$here/results/control-plane-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

echo "building (Release)..." >&2
dotnet build -c Release "$root/src/HostingApi" >"$out/build.log" 2>&1

declare -A port
port[rest]=$PORT_REST; port[busy]=$PORT_BUSY
start() { # name extra-args...
  local name=$1; shift
  (cd "$work" && exec env $LAUNCH_ENV dotnet "$root/src/HostingApi/bin/Release/net10.0/HostingApi.dll" --urls "http://127.0.0.1:${port[$name]}" \
    --Database:InMemory true --Serilog:MinimumLevel:Default "$LOG_LEVEL" "$@") >"$out/$name.log" 2>&1 &
  pids+=($!)
}
start rest --Emulator:Journal:Enabled false
start busy --Emulator:Journal:Enabled true
for server in rest busy; do
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:${port[$server]}/_emulator/health" && break; sleep 0.2; done
  mkdir -p "$work/$server"
  python3 "$here/seed_disks.py" "http://127.0.0.1:${port[$server]}/xmlrpc/" "$SEED_DISKS" "$work/$server" >&2
done

# Ten rules a disk.info call is checked against and never fires: other methods (exact and globs),
# disk.info itself for another account, for a test id, or for another disk id.
rules=(
  '{"match": {"method": "hosting.vm.create"}, "action": {"type": "xmlrpc_fault", "code": 581042, "string": "x"}}'
  '{"match": {"method": "hosting.vm.*"}, "action": {"type": "http", "status": 503, "retry_after": 1}}'
  '{"match": {"method": "hosting.ip.*"}, "action": {"type": "drop"}}'
  '{"match": {"method": "operation.info", "nth": 3}, "action": {"type": "truncate"}}'
  '{"match": {"method": "hosting.disk.create", "every": 2}, "action": {"type": "delay", "ms": 10}}'
  '{"match": {"method": "hosting.disk.info", "account": "hostingapisharesmodel001"}, "action": {"type": "drop"}}'
  '{"match": {"method": "hosting.disk.info", "test_id": "someone-else"}, "action": {"type": "drop"}}'
  '{"match": {"method": "hosting.disk.info", "param": {"index": 1, "equals": -1}}, "action": {"type": "drop"}}'
  '{"match": {"method": "*.delete", "probability": 0.5, "seed": 1}, "action": {"type": "drop"}}'
  '{"match": {"method": "hosting.d?sk.upd*"}, "action": {"type": "drop"}}'
)
for rule in "${rules[@]}"; do
  curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' --data "$rule" "http://127.0.0.1:$PORT_BUSY/_emulator/faults"
done
curl -sf "http://127.0.0.1:$PORT_BUSY/_emulator/faults" >"$out/rules.json"

run() { # server body label
  local line
  line=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 10s -s "$baselines/xmlrpc-post.lua" \
    "http://127.0.0.1:${port[$1]}" -- "$work/$1/$2.xml" | grep '^WRKJSON' | sed 's/^WRKJSON //')
  echo "{\"server\":\"$1\",\"body\":\"$2\",\"wrk\":$line}" >>"$out/$3.jsonl"
}

echo "warm-up..." >&2
for body in $BODIES; do for server in rest busy; do run "$server" "$body" warmup; done; done
for rep in $(seq "$REPS"); do
  for body in $BODIES; do
    echo "rep $rep: $body" >&2
    for server in rest busy; do run "$server" "$body" runs; done
  done
done

{
  echo "Journal on the busy server: $(curl -sf "http://127.0.0.1:$PORT_BUSY/_emulator/journal/count" | tr -d '\n'); rules fired: $(python3 -c 'import json,sys; print(sum(r["fired"] for r in json.load(open(sys.argv[1]))["rules"]))' <(curl -sf "http://127.0.0.1:$PORT_BUSY/_emulator/faults"))"
  python3 - "$out/runs.jsonl" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
print("| body | server | median req/s | median p50 us | median p99 us | errors | vs rest |")
print("|---|---|---:|---:|---:|---:|---:|")
for b in sorted({r["body"] for r in runs}):
    med = {s: statistics.median(r["wrk"]["rps"] for r in runs if r["body"] == b and r["server"] == s) for s in ("rest", "busy")}
    for s in ("rest", "busy"):
        rs = [r["wrk"] for r in runs if r["body"] == b and r["server"] == s]
        errors = sum(x["err_connect"] + x["err_read"] + x["err_write"] + x["err_status"] + x["err_timeout"] for x in rs)
        print(f"| {b} | {s} | {med[s]:.0f} | {statistics.median(x['p50_us'] for x in rs):.0f} | {statistics.median(x['p99_us'] for x in rs):.0f} | {errors} | {med[s] / med['rest']:.0%} |")
PY
} | tee "$out/summary.md"
