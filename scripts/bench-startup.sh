#!/usr/bin/env bash
# Start-up time: from starting the process to the first 200 on /health/ready (the API: PostgreSQL answered),
# beside a bare `dotnet new web` app (first 200 on /) built the same way on the same machine. Issue 9 asks the
# API to stay within 2x of the bare app. Runs alternate, so both see the same machine; prints every run, the
# median and the ratio of medians. Both apps are published in Release as the container publishes the API, that
# is compiled ahead of time (ReadyToRun, see the API's project file); publishing takes a minute or two.
#   scripts/bench-startup.sh [runs=7]
# The API runs in Production against the private cluster (scripts/pg.sh), schema already in place (a first run
# creates it and is not counted). Loopback only; the bare app is built in a temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
port=${VA_BENCH_PORT:-5097}
work=$(mktemp -d /tmp/bench-startup.XXXXXX)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

scripts/pg.sh up >/dev/null
scripts/build-shim.sh >/dev/null
if [ -z "${VA_STARTUP_DLL:-}" ]; then
  dotnet publish src/VendorAdvisor.Api -c Release -o "$work/api" --nologo -v q >/dev/null
fi
api_dll=${VA_STARTUP_DLL:-$work/api/VendorAdvisor.Api.dll}
(cd "$work" && dotnet new web -o bare --no-restore >/dev/null && cd bare \
  && dotnet publish -c Release -o "$work/bare-app" -p:PublishReadyToRun=true --nologo -v q >/dev/null)
bare_dll=$work/bare-app/bare.dll

# start_ms DLL PATH [env...]: milliseconds from exec to the first 200 on PATH
start_ms() {
  local dll=$1 path=$2; shift 2
  local t0 t1; t0=$(date +%s%N)
  # From the app's own directory, as the container runs it (WORKDIR /app): the content root is where the app
  # watches its settings files for changes, and from the repository it would watch the whole tree.
  (cd "$(dirname "$dll")" && exec env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning dotnet "$dll") >"$work/out.log" 2>&1 &
  pid=$!
  # Connect only once the port listens: a connection to a port nobody holds can be given that same port as its
  # own (the ports here are in the ephemeral range) and connect to itself, and the port then stays in TIME-WAIT
  # and the next start cannot bind it.
  until ss -Hltn "sport = :$port" | grep -q . && curl -sf -o /dev/null --max-time 1 "http://127.0.0.1:$port$path"; do
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/out.log" >&2; exit 1; }
    sleep 0.005
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  while ss -Hltn "sport = :$port" | grep -q .; do sleep 0.01; done
  echo $(((t1 - t0) / 1000000))
}
api_env=(ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Marten=$(scripts/pg.sh url)" "Admin__ApiKey=va_admin_startup_$RANDOM$RANDOM")

start_ms "$api_dll" /health/ready "${api_env[@]}" >/dev/null   # creates or checks the schema once
start_ms "$bare_dll" / >/dev/null
api=() bare=()
for _ in $(seq 1 "$runs"); do
  bare+=("$(start_ms "$bare_dll" /)")
  api+=("$(start_ms "$api_dll" /health/ready "${api_env[@]}")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
mb=$(median "${bare[@]}") ma=$(median "${api[@]}")
echo "== start-up to the first 200, $(date -u '+%F %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg) =="
echo "bare dotnet new web (/):        ${bare[*]} ms; median $mb ms"
echo "VendorAdvisor API (/health/ready): ${api[*]} ms; median $ma ms"
awk -v a="$ma" -v b="$mb" 'BEGIN { printf "ratio of medians: %.2f (goal <= 2.00)\n", a / b }'
