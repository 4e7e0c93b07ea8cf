#!/usr/bin/env bash
# The installed tool's start to its first answered call, beside the canned-bytes Kestrel baseline
# (kestrel-limit, built as bench/run-wrk.sh builds it) in the same run, with the shared coldstart.py.
# Packs HostingApi twice (IL only, and ReadyToRun for linux-x64), installs each into a temporary tool
# path and starts "hostingapi --in-memory --port N" from a scratch folder.
#
#   bench/run-coldstart-tool.sh            # 5 starts of each
#   RUNS=10 bench/run-coldstart-tool.sh
#
# Labels: limit; tool-r2r and tool-il (the runtime settings applied by re-exec, the default);
# tool-r2r-noexec (HOSTINGAPI_RUNTIME_SETTINGS=off: no re-exec, the runtime's defaults).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
baselines=${BASELINES:-$root/../shared/bench-baselines}
[[ -d $baselines ]] || baselines=/work/shared/bench-baselines
RUNS=${RUNS:-5}
out="$here/results/coldstart-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "packing and installing (IL, then ReadyToRun)..." >&2
dotnet pack -c Release "$root/src/HostingApi" -o "$work/feed-il" -p:ToolReadyToRun=false >"$out/pack-il.log" 2>&1
dotnet pack -c Release "$root/src/HostingApi" -o "$work/feed-r2r" >"$out/pack-r2r.log" 2>&1
# A packages folder of its own for each install: both packages are HostingApi 0.1.0, and an install
# takes a HostingApi 0.1.0 already in ~/.nuget/packages (the other one, or an earlier run's) over the feed's.
NUGET_PACKAGES="$work/nuget-il" dotnet tool install --tool-path "$work/tool-il" --add-source "$work/feed-il" HostingApi >/dev/null
NUGET_PACKAGES="$work/nuget-r2r" dotnet tool install --tool-path "$work/tool-r2r" --add-source "$work/feed-r2r" HostingApi >/dev/null
# Each must be what its label says: ReadyToRun code or not.
find "$work/tool-r2r/.store" -name HostingApi.linux-x64.nuspec | grep -q . || { echo "tool-r2r is not the linux-x64 ReadyToRun package" >&2; exit 1; }
if find "$work/tool-il/.store" -name HostingApi.linux-x64.nuspec | grep -q .; then echo "tool-il is the ReadyToRun package" >&2; exit 1; fi
mkdir -p "$work/baselines" && cp -r "$baselines/." "$work/baselines/"
(cd "$work/baselines" && python3 gen_bodies.py >/dev/null)
dotnet build -c Release "$work/baselines/kestrel-limit" -o "$work/limit-bin" >"$out/build-limit.log" 2>&1

# coldstart.py wants the exact answer: HostingApi's own to version.info, taken from one run.
mkdir -p "$work/ours" "$work/cwd"
cp "$here/bodies/trivial.xml" "$work/ours/trivial.xml"
(cd "$work/cwd" && exec "$work/tool-r2r/hostingapi" --in-memory --port 23290) >/dev/null 2>&1 &
capture=$!
for _ in $(seq 100); do
  curl -sf -o "$work/ours/trivial.response.xml" http://127.0.0.1:23290/xmlrpc/ --data-binary @"$work/ours/trivial.xml" && break; sleep 0.1
done
kill "$capture"; wait "$capture" 2>/dev/null || true

cold() { python3 "$baselines/coldstart.py" --runs "$RUNS" --port "$1" --label "$2" --cwd "$work/cwd" "${@:3}" | tee -a "$out/coldstart.jsonl"; }
for round in 1 2; do  # two rounds, interleaved, so a busy moment does not fall on one label only
  cold 23291 limit -- dotnet "$work/limit-bin/KestrelLimit.dll" --urls "http://127.0.0.1:{port}" --benchBodiesDir "$work/baselines/bodies"
  cold 23292 tool-r2r --body "$work/ours/trivial.xml" -- "$work/tool-r2r/hostingapi" --in-memory --port "{port}"
  cold 23293 tool-il --body "$work/ours/trivial.xml" -- "$work/tool-il/hostingapi" --in-memory --port "{port}"
  HOSTINGAPI_RUNTIME_SETTINGS=off cold 23294 tool-r2r-noexec --body "$work/ours/trivial.xml" -- "$work/tool-r2r/hostingapi" --in-memory --port "{port}"
done >/dev/null

python3 - "$out/coldstart.jsonl" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("ok"):
        runs.setdefault(r["label"], []).append(r)
limit = statistics.median(r["first_ms"] for r in runs["limit"])
print("| start | first answered call, median (min-max) ms | vs limit | RSS after it, MB |")
print("|---|---:|---:|---:|")
for label, rs in runs.items():
    ms = sorted(r["first_ms"] for r in rs)
    med = statistics.median(ms)
    rss = statistics.median(r["rss_kb"] for r in rs) / 1024
    print(f"| {label} | {med:.0f} ({ms[0]:.0f}-{ms[-1]:.0f}) | {med / limit:.2f}x | {rss:.0f} |")
PY
echo "raw results: $out" >&2
