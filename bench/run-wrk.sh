#!/usr/bin/env bash
# HostingApi beside the canned-bytes Kestrel baseline ("the limit"), in one run, interleaved:
# the same wrk load, the same request body, each server its own process. Prints medians and ratios.
#
#   bench/run-wrk.sh                      # 3 reps x 10 s per server and body
#   REPS=1 DURATION=3s bench/run-wrk.sh   # smoke run
#
# Needs wrk (apt-get install wrk), python3 and the shared bench-baselines beside the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
baselines=${BASELINES:-$root/../shared/bench-baselines}
REPS=${REPS:-3}; DURATION=${DURATION:-10s}; THREADS=${THREADS:-2}; CONNS=${CONNS:-32}
PORT_OURS=${PORT_OURS:-23191}; PORT_LIMIT=${PORT_LIMIT:-23192}
LOG_LEVEL=${LOG_LEVEL:-Information}   # HostingApi's per-call log line stays on unless told otherwise
BODIES=${BODIES:-trivial}

out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

echo "building (Release)..." >&2
cp -r "$baselines/." "$work/"
(cd "$work" && python3 gen_bodies.py >/dev/null)
dotnet build -c Release "$work/kestrel-limit" -o "$work/limit-bin" >"$out/build-limit.log" 2>&1
dotnet build -c Release "$root/src/HostingApi" >"$out/build-ours.log" 2>&1

dotnet "$root/src/HostingApi/bin/Release/net10.0/HostingApi.dll" --urls "http://127.0.0.1:$PORT_OURS" \
  --Serilog:MinimumLevel:Default "$LOG_LEVEL" >"$out/ours.log" 2>&1 &
pids+=($!); ours=$!
(cd "$work/limit-bin" && exec dotnet KestrelLimit.dll --urls "http://127.0.0.1:$PORT_LIMIT" --benchBodiesDir "$work/bodies") >"$out/limit.log" 2>&1 &
pids+=($!); limit=$!

for port in $PORT_OURS $PORT_LIMIT; do
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/xmlrpc/" -X POST --data-binary @"$here/bodies/trivial.xml" && break; sleep 0.2; done
done

body_file() { [ -f "$here/bodies/$1.xml" ] && echo "$here/bodies/$1.xml" || echo "$work/bodies/$1.xml"; }
run() { # name port body
  local line
  line=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 10s -s "$work/xmlrpc-post.lua" \
    "http://127.0.0.1:$2" -- "$(body_file "$3")" | grep '^WRKJSON' | sed 's/^WRKJSON //')
  echo "{\"server\":\"$1\",\"body\":\"$3\",\"wrk\":$line}" >>"$out/runs.jsonl"
}

echo "warm-up..." >&2
for body in $BODIES; do run warmup $PORT_OURS "$body"; run warmup $PORT_LIMIT "$body"; done
: >"$out/runs.jsonl"
for rep in $(seq "$REPS"); do
  for body in $BODIES; do
    echo "rep $rep: $body" >&2
    run hostingapi $PORT_OURS "$body"
    run kestrel-limit $PORT_LIMIT "$body"
  done
done

peak() { awk '/VmHWM/ {print $2/1024 " MB"}' "/proc/$1/status"; }
{
  echo "HostingApi peak RSS: $(peak $ours); kestrel-limit peak RSS: $(peak $limit)"
  python3 - "$out/runs.jsonl" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
bodies = sorted({r["body"] for r in runs})
print("| body | server | median req/s | median p50 us | median p99 us | errors |")
print("|---|---|---:|---:|---:|---:|")
for b in bodies:
    med = {}
    for s in ("hostingapi", "kestrel-limit"):
        rs = [r["wrk"] for r in runs if r["body"] == b and r["server"] == s]
        if not rs: continue
        med[s] = statistics.median(x["rps"] for x in rs)
        errors = sum(x["err_connect"] + x["err_read"] + x["err_write"] + x["err_status"] + x["err_timeout"] for x in rs)
        print(f"| {b} | {s} | {med[s]:.0f} | {statistics.median(x['p50_us'] for x in rs):.0f} | {statistics.median(x['p99_us'] for x in rs):.0f} | {errors} |")
    if len(med) == 2:
        print(f"| {b} | **ratio** | **{med['hostingapi'] / med['kestrel-limit']:.0%}** of the limit | | | |")
PY
} | tee "$out/summary.md"
