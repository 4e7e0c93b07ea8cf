#!/usr/bin/env bash
# Memory under a mixed load: HostingApi (Release, launch environment, a SQLite file, read cache on,
# per-call log line on) under bench/mixed_load.py (8 clients, 140 calls/s, a third writes, 3 minutes).
# Prints the load's summary and the server's peak RSS (VmHWM), idle RSS and the health figures.
#
#   bench/run-mixed.sh          CLIENTS=8 RATE=140 DURATION=180 (seconds)
#   TRACE=10 bench/run-mixed.sh                      also RSS, peak, threads and GC heap every 10 s
#   OURS_ARGS="--Emulator:Journal:DetailedCapacity 0" bench/run-mixed.sh    settings for the server
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"   # LAUNCH_ENV: the server's environment as `dotnet run` gives it
CLIENTS=${CLIENTS:-8}; RATE=${RATE:-140}; DURATION=${DURATION:-180}; PORT=${PORT:-23199}
out="$here/results/mixed-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$out"
work=$(mktemp -d); server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# TOOL_PATH=DIR: the installed tool DIR/hostingapi, as users start it (see bench/run-wrk.sh to install one).
if [[ -n ${TOOL_PATH:-} ]]; then
  ours=("$TOOL_PATH/hostingapi")
else
  dotnet build -c Release "$root/src/HostingApi" >"$out/build.log" 2>&1
  ours=(env $LAUNCH_ENV dotnet "$root/src/HostingApi/bin/Release/net10.0/HostingApi.dll")
fi

(cd "$work" && exec "${ours[@]}" --urls "http://127.0.0.1:$PORT" \
  --Database:Path "$work/mixed.db" ${OURS_ARGS:-}) >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/_emulator/health" && break; sleep 0.2; done
idle=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")

python3 "$here/mixed_load.py" "http://127.0.0.1:$PORT/xmlrpc/" --clients "$CLIENTS" --rate "$RATE" --seconds "$DURATION" >"$out/load.txt" &
load=$!
elapsed=0
while [[ -n ${TRACE:-} ]] && kill -0 "$load" 2>/dev/null; do
  sleep "$TRACE"; elapsed=$((elapsed + TRACE))
  heap=$(curl -sf "http://127.0.0.1:$PORT/_emulator/health" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["gc_heap_mb"], d["gc_committed_mb"])' || echo "? ?")
  awk -v t="$elapsed" -v heap="$heap" '/VmRSS/ {rss=$2} /VmHWM/ {hwm=$2} /Threads/ {thr=$2}
    END {split(heap, h, " "); printf "%4d s: RSS %d MB, peak %d MB, %d threads, GC heap %s MB (committed %s)\n", t, rss/1024, hwm/1024, thr, h[1], h[2]}' \
    "/proc/$server/status" | tee -a "$out/trace.txt"
done
wait "$load"
cat "$out/load.txt"
peak=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
curl -sf "http://127.0.0.1:$PORT/_emulator/health" >"$out/health.json"
printf 'idle RSS %d MB, peak RSS %d MB\n' $((idle / 1024)) $((peak / 1024)) | tee -a "$out/load.txt"
cat "$out/health.json"; echo
