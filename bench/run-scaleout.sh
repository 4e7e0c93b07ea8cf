#!/usr/bin/env bash
# Scale-out on PostgreSQL beside SQLite, in one run, interleaved (docs/performance.md, "Scale-out on PostgreSQL"):
#  - mutation flows (mutation_flows.py: disk create, poll to DONE, delete, poll to DONE; CLIENTS clients) on
#    a SQLite file, on PostgreSQL with one instance, and on PostgreSQL with two instances (clients split);
#  - the cached reads hosting.disk.info and hosting.disk.list (wrk, the baselines' xmlrpc-post.lua) on the
#    SQLite instance and on the one PostgreSQL instance.
# PostgreSQL is started as .ci/run does (Debian's postgresql: initdb into a temporary folder, pg_ctl on a free
# port, a Unix socket), with its default durability (fsync on), as SQLite's file keeps its default too.
#
#   bench/run-scaleout.sh                                  # 3 rounds: flows 10 s each, reads 5 s each
#   REPS=5 FLOW_SECONDS=8 READ_DURATION=4s bench/run-scaleout.sh
#   OURS_ARGS="--Journal..." PG_OPTS="-c fsync=off" bench/run-scaleout.sh
#
# Every server runs Release with its launch environment and the per-call log line off; each flow's answers
# are checked (a fault is counted, not timed).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
source "$here/launch-env.sh"
baselines=${BASELINES:-$root/../shared/bench-baselines}
[[ -d $baselines ]] || baselines=/work/shared/bench-baselines
REPS=${REPS:-3}; FLOW_SECONDS=${FLOW_SECONDS:-10}; CLIENTS=${CLIENTS:-16}
READ_DURATION=${READ_DURATION:-5s}; THREADS=${THREADS:-2}; CONNS=${CONNS:-32}; SEED_DISKS=${SEED_DISKS:-100}
PORT_BASE=${PORT_BASE:-23391}; OURS_ARGS=${OURS_ARGS:-}; PG_OPTS=${PG_OPTS:-}
KEY=hostingapidefaultkey0001
out="$here/results/scaleout-$(date -u +%Y%m%dT%H%M%SZ)"; mkdir -p "$out"
work=$(mktemp -d -p "${WORK_PARENT:-/tmp}"); pids=()
pg_bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -1 || true)")
if [[ ! -x $pg_bin/initdb ]]; then
  apt-get install -y --no-install-recommends postgresql >&2
  pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -1)")
fi
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chown postgres "$work"
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  cp "$work/postgres.log" "$out/" 2>/dev/null || true
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
uptime | tee "$out/uptime-start.txt" >&2

echo "building (Release)..." >&2
dotnet build -c Release "$root/src/HostingApi" >"$out/build.log" 2>&1
dll="$root/src/HostingApi/bin/Release/net10.0/HostingApi.dll"
cp "$baselines/xmlrpc-post.lua" "$work/"

runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -w -D "$work/pg" -l "$work/postgres.log" \
  -o "-p $pg_port -k $work -c listen_addresses='' -c max_connections=300 $PG_OPTS" start >/dev/null
for db in one two; do psql -q -h "$work" -p "$pg_port" -U postgres -c "CREATE DATABASE $db" >/dev/null; done
pg() { echo "Host=$work;Port=$pg_port;Username=postgres;Database=$1;Maximum Pool Size=40"; }

declare -A port
start() { # name port arguments...
  local name=$1 p=$2; shift 2; port[$name]=$p
  (cd "$work" && exec env $LAUNCH_ENV dotnet "$dll" --urls "http://127.0.0.1:$p" --Serilog:MinimumLevel:Default Warning "$@" $OURS_ARGS) \
    >>"$out/server-$name.log" 2>&1 &
  pids+=($!)
}
start sqlite $((PORT_BASE)) --Database:Path "$work/sqlite.db"
start pg1 $((PORT_BASE + 1)) --Database:Provider Postgres --Database:ConnectionString "$(pg one)"
start pg2a $((PORT_BASE + 2)) --Database:Provider Postgres --Database:ConnectionString "$(pg two)"
start pg2b $((PORT_BASE + 3)) --Database:Provider Postgres --Database:ConnectionString "$(pg two)"
for name in sqlite pg1 pg2a pg2b; do
  for _ in $(seq 150); do curl -sf -o /dev/null "http://127.0.0.1:${port[$name]}/_emulator/ready" && continue 2; sleep 0.2; done
  echo "server $name did not start" >&2; exit 1
done

# The reads' account holds SEED_DISKS disks (seed_disks.py); the flows run on an account of their own.
declare -A flow_key
for name in sqlite pg1 pg2a; do
  python3 "$here/seed_disks.py" "http://127.0.0.1:${port[$name]}/xmlrpc/" "$SEED_DISKS" "$work/bodies-$name" >&2
  flow_key[$name]=$(curl -sf -X POST "http://127.0.0.1:${port[$name]}/_emulator/accounts" -d '{"quota": {"disk": 100000000}}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["apikey"])')
done
url() { echo "http://127.0.0.1:${port[$1]}/xmlrpc/"; }

flows() { # label key urls...
  local label=$1 key=$2; shift 2
  local line; line=$(python3 "$here/mutation_flows.py" "$key" "$FLOW_SECONDS" "$CLIENTS" "$@" 2>>"$out/flows.err")
  echo "{\"kind\":\"flows\",\"server\":\"$label\",\"load\":\"$(cut -d' ' -f1 /proc/loadavg)\",\"result\":$line}" >>"$out/runs.jsonl"
}
reads() { # server body
  local line
  line=$(wrk -t"$THREADS" -c"$CONNS" -d"$READ_DURATION" --latency --timeout 10s -s "$work/xmlrpc-post.lua" \
    "http://127.0.0.1:${port[$1]}" -- "$work/bodies-$1/$2.xml" /xmlrpc/ | grep '^WRKJSON' | sed 's/^WRKJSON //')
  echo "{\"kind\":\"$2\",\"server\":\"$1\",\"load\":\"$(cut -d' ' -f1 /proc/loadavg)\",\"wrk\":$line}" >>"$out/runs.jsonl"
}

echo "warm-up..." >&2
: >"$out/runs.jsonl"
FLOW_SECONDS=2 flows warmup-sqlite "${flow_key[sqlite]}" "$(url sqlite)"
FLOW_SECONDS=2 flows warmup-pg1 "${flow_key[pg1]}" "$(url pg1)"
FLOW_SECONDS=2 flows warmup-pg2 "${flow_key[pg2a]}" "$(url pg2a)" "$(url pg2b)"
for body in disk_info disk_list; do for s in sqlite pg1; do READ_DURATION=2s reads "$s" "$body"; done; done
: >"$out/runs.jsonl"   # the warm-up is not counted

for rep in $(seq "$REPS"); do
  echo "round $rep" >&2
  # The order turns each round, so no side always runs first (or right after the machine's other work).
  order=(sqlite pg1 pg2); for _ in $(seq $(( (rep - 1) % 3 ))); do order=("${order[@]:1}" "${order[0]}"); done
  for s in "${order[@]}"; do
    case $s in
      sqlite) flows sqlite "${flow_key[sqlite]}" "$(url sqlite)" ;;
      pg1) flows pg1 "${flow_key[pg1]}" "$(url pg1)" ;;
      pg2) flows pg2 "${flow_key[pg2a]}" "$(url pg2a)" "$(url pg2b)" ;;
    esac
  done
  for body in disk_info disk_list; do
    if (( rep % 2 )); then reads sqlite "$body"; reads pg1 "$body"; else reads pg1 "$body"; reads sqlite "$body"; fi
  done
done
uptime | tee "$out/uptime-end.txt" >&2

python3 - "$out/runs.jsonl" <<'PY' | tee "$out/summary.md"
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
med = statistics.median
print("| mutation flows (%d clients) | flows/s per round | median flows/s | vs SQLite | median p50 ms | median p99 ms | faults | load average at start |" % runs[0]["result"]["clients"])
print("|---|---|---:|---:|---:|---:|---:|---|")
flows = [r for r in runs if r["kind"] == "flows"]
base = med(r["result"]["flows_per_s"] for r in flows if r["server"] == "sqlite")
for s in ("sqlite", "pg1", "pg2"):
    rs = [r for r in flows if r["server"] == s]
    v = med(r["result"]["flows_per_s"] for r in rs)
    print(f"| {s} | {', '.join('%.0f' % r['result']['flows_per_s'] for r in rs)} | {v:.0f} | {v / base:.0%} | "
          f"{med(r['result']['p50_ms'] for r in rs):.1f} | {med(r['result']['p99_ms'] for r in rs):.1f} | {sum(r['result']['faults'] for r in rs)} | {', '.join(r['load'] for r in rs)} |")
print()
print("| cached read | server | req/s per round | median req/s | vs SQLite | median p50 us | median p99 us | errors |")
print("|---|---|---|---:|---:|---:|---:|---:|")
for body in ("disk_info", "disk_list"):
    rs = {s: [r["wrk"] for r in runs if r["kind"] == body and r["server"] == s] for s in ("sqlite", "pg1")}
    base = med(x["rps"] for x in rs["sqlite"])
    for s, w in rs.items():
        v = med(x["rps"] for x in w)
        errors = sum(x["err_connect"] + x["err_read"] + x["err_write"] + x["err_status"] + x["err_timeout"] for x in w)
        print(f"| {body} | {s} | {', '.join('%.0f' % x['rps'] for x in w)} | {v:.0f} | {v / base:.0%} | {med(x['p50_us'] for x in w):.0f} | {med(x['p99_us'] for x in w):.0f} | {errors} |")
    pairs = [p["rps"] / s["rps"] for s, p in zip(rs["sqlite"], rs["pg1"])]
    print(f"| {body} | pg1 / sqlite, by round | {', '.join('%.2f' % x for x in pairs)} | | | | | |")
PY
