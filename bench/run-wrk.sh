#!/usr/bin/env bash
# HostingApi beside the shared baselines, in one run, interleaved: the canned-bytes Kestrel server
# ("the limit") and the stdlib Python mock ("what users write instead"). Each server gets the same
# wrk load; the baselines get their own bodies, HostingApi the same calls on its own seeded account.
#
#   bench/run-wrk.sh                                  # the trivial call (version.info) only, 3 reps x 10 s
#   BODIES="disk_info disk_list" bench/run-wrk.sh     # the disk benchmark (seeds 100 disks first)
#   BODIES=vm_info bench/run-wrk.sh                   # a VM with two disks and two ifaces
#   REPS=1 DURATION=3s bench/run-wrk.sh               # smoke run
#   LOG_LEVEL=Warning bench/run-wrk.sh                # without the per-call log line
#   OURS_ARGS="--ReadCache:Enabled false" ...          # extra arguments for HostingApi (e.g. the read cache off)
#   TOOL_PATH=/tmp/ha-tool BODIES="disk_info disk_list" bench/run-wrk.sh   # HostingApi as the installed tool:
#       $TOOL_PATH/hostingapi, as users start it (its runtime settings by re-exec, not LAUNCH_ENV), no build of
#       src/HostingApi; install it first (a packages folder of its own, so that a cached HostingApi 0.1.0 is not taken):
#       dotnet pack src/HostingApi -c Release -o /tmp/ha-feed
#       NUGET_PACKAGES=/tmp/ha-nuget dotnet tool install --tool-path /tmp/ha-tool --add-source /tmp/ha-feed HostingApi
#
# Needs wrk (apt-get install wrk), python3 and the shared bench-baselines beside the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"   # LAUNCH_ENV: the server's environment as `dotnet run` gives it
baselines=${BASELINES:-$root/../shared/bench-baselines}
[[ -d $baselines ]] || baselines=/work/shared/bench-baselines   # a worktree outside /work: the shared copy
REPS=${REPS:-3}; DURATION=${DURATION:-10s}; THREADS=${THREADS:-2}; CONNS=${CONNS:-32}
PORT_OURS=${PORT_OURS:-23191}; PORT_LIMIT=${PORT_LIMIT:-23192}; PORT_PY=${PORT_PY:-23193}
LOG_LEVEL=${LOG_LEVEL:-Information}   # HostingApi's per-call log line stays on unless told otherwise
BODIES=${BODIES:-trivial}
SERVERS=${SERVERS:-hostingapi kestrel-limit py-mock}
SEED_DISKS=${SEED_DISKS:-100}
OURS_ARGS=${OURS_ARGS:-}
TOOL_PATH=${TOOL_PATH:-}

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
if [[ -n $TOOL_PATH ]]; then
  ours=("$TOOL_PATH/hostingapi")
  echo "HostingApi: the installed tool $TOOL_PATH/hostingapi" | tee "$out/ours-command.txt" >&2
else
  dotnet build -c Release "$root/src/HostingApi" >"$out/build-ours.log" 2>&1
  ours=(env $LAUNCH_ENV dotnet "$root/src/HostingApi/bin/Release/net10.0/HostingApi.dll")
fi

declare -A port pid
port[hostingapi]=$PORT_OURS; port[kestrel-limit]=$PORT_LIMIT; port[py-mock]=$PORT_PY
(cd "$work" && exec "${ours[@]}" --urls "http://127.0.0.1:$PORT_OURS" \
  --Database:InMemory true --Serilog:MinimumLevel:Default "$LOG_LEVEL" $OURS_ARGS) >"$out/ours.log" 2>&1 &
pids+=($!); pid[hostingapi]=$!
(cd "$work/limit-bin" && exec dotnet KestrelLimit.dll --urls "http://127.0.0.1:$PORT_LIMIT" --benchBodiesDir "$work/bodies") >"$out/limit.log" 2>&1 &
pids+=($!); pid[kestrel-limit]=$!
(cd "$work" && exec python3 python_mock.py --port "$PORT_PY") >"$out/py.log" 2>&1 &
pids+=($!); pid[py-mock]=$!

for server in hostingapi kestrel-limit py-mock; do
  for _ in $(seq 100); do
    curl -sf -o /dev/null "http://127.0.0.1:${port[$server]}/" -X POST --data-binary @"$here/bodies/trivial.xml" && break; sleep 0.2
  done
done

mkdir -p "$work/ours"
cp "$here/bodies/trivial.xml" "$work/ours/trivial.xml"
if [[ " $BODIES " == *" disk_"* || " $BODIES " == *" vm_"* ]]; then
  python3 "$here/seed_disks.py" "http://127.0.0.1:$PORT_OURS/xmlrpc/" "$SEED_DISKS" "$work/ours" >&2
fi

body_for() { # server body
  if [ "$1" = hostingapi ]; then echo "$work/ours/$2.xml"
  elif [ -f "$work/bodies/$2.xml" ]; then echo "$work/bodies/$2.xml"
  else echo "$here/bodies/$2.xml"; fi
}
run() { # server body label
  local line
  line=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency --timeout 10s -s "$work/xmlrpc-post.lua" \
    "http://127.0.0.1:${port[$1]}" -- "$(body_for "$1" "$2")" | grep '^WRKJSON' | sed 's/^WRKJSON //')
  echo "{\"server\":\"$1\",\"body\":\"$2\",\"wrk\":$line}" >>"$out/$3.jsonl"
}

echo "warm-up..." >&2
for body in $BODIES; do for server in $SERVERS; do run "$server" "$body" warmup; done; done
for rep in $(seq "$REPS"); do
  for body in $BODIES; do
    echo "rep $rep: $body" >&2
    for server in $SERVERS; do run "$server" "$body" runs; done
  done
done

peak() { awk '/VmHWM/ {printf "%.0f MB", $2/1024}' "/proc/$1/status"; }
{
  echo "Peak RSS: hostingapi $(peak "${pid[hostingapi]}"), kestrel-limit $(peak "${pid[kestrel-limit]}"), py-mock $(peak "${pid[py-mock]}")"
  python3 - "$out/runs.jsonl" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
print("| body | server | median req/s | median p50 us | median p99 us | errors | vs limit |")
print("|---|---|---:|---:|---:|---:|---:|")
for b in sorted({r["body"] for r in runs}):
    med = {}
    for s in ("hostingapi", "kestrel-limit", "py-mock"):
        rs = [r["wrk"] for r in runs if r["body"] == b and r["server"] == s]
        if rs:
            med[s] = (statistics.median(x["rps"] for x in rs), rs)
    for s, (rps, rs) in med.items():
        errors = sum(x["err_connect"] + x["err_read"] + x["err_write"] + x["err_status"] + x["err_timeout"] for x in rs)
        ratio = f"{rps / med['kestrel-limit'][0]:.0%}" if "kestrel-limit" in med else ""
        print(f"| {b} | {s} | {rps:.0f} | {statistics.median(x['p50_us'] for x in rs):.0f} | {statistics.median(x['p99_us'] for x in rs):.0f} | {errors} | {ratio} |")
    if "py-mock" in med and "hostingapi" in med:
        print(f"| {b} | hostingapi / py-mock | {med['hostingapi'][0] / med['py-mock'][0]:.1f}x | | | | |")
PY
} | tee "$out/summary.md"
