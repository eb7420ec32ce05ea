#!/usr/bin/env bash
# How many tenants one database holds (issue 13). Every tenant gets its own list partition of every tenant
# document table, so what grows with the tenants is partitions, not rows. For each step N (default 1 300 1000
# 3000) on a fresh database of the private cluster (registry and tenants together, as `make run` has them):
#   - creates N tenants one after the other through the real API (POST /v1/admin/tenants: it places the tenant
#     and creates its partitions) and records each creation's time: mean of the first and of the last 50;
#   - with one tenant's consultant key (20 profiles) runs wrk at 4 connections, 10 s after a 3 s warm-up, on
#     GET /v1/profiles/{id}, GET /v1/profiles (list), POST /v1/profiles/{id}/recommendations {"samples":200},
#     and /health/live as a control for the machine's own load: rate, p50 and p99, non-2xx;
#   - PostgreSQL's side: partitions per table, the size of the database's catalog (pg_catalog), and the
#     private memory (smaps_rollup) of the API's PostgreSQL backends after the load; "out of shared memory" lines
#     in PostgreSQL's log during the step;
#   - the API's start-up to the first 200 on /health/ready on that database (median of 3; it applies the schema to
#     the database, partitions included); the Release build, not the published app of bench-startup.sh.
# One table row per step.
#   scripts/bench-tenants.sh [N...]                 default: 1 300 1000 3000 (or VA_BENCH_TENANTS="1 300")
#   VA_BENCH_TENANTS_SECONDS (10), VA_BENCH_TENANTS_WARMUP (3), VA_BENCH_TENANTS_STARTS (3),
#   VA_BENCH_TENANTS_BUDGET (1200): seconds of tenant creation per step at most; a step that reaches it measures
#   what it has, says so, and the larger steps are skipped, so the run stops by itself.
# Loopback only; uses VA_PG_PORT's cluster and VA_BENCH_PORT; drops its database at the end. Changes no
# PostgreSQL setting. A benchmark that prints figures, no pass or fail: compare steps within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

steps=("$@")
[ ${#steps[@]} -gt 0 ] || read -ra steps <<<"${VA_BENCH_TENANTS:-1 300 1000 3000}"
for n in "${steps[@]}"; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N...] (positive tenant counts)" >&2; exit 2; }; done
duration=${VA_BENCH_TENANTS_SECONDS:-10}
warmup=${VA_BENCH_TENANTS_WARMUP:-3}
starts=${VA_BENCH_TENANTS_STARTS:-3}
budget=${VA_BENCH_TENANTS_BUDGET:-1200}
conc=4 threads=2 nprofiles=20 edge=50 batch=100
body='{"samples":200}'
port=${VA_BENCH_PORT:-5098}
url="http://127.0.0.1:$port"
pg_port=${VA_PG_PORT:-55432}
db=vendoradvisor_bench_tenants
admin_key="va_admin_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
started=$(date +%s)
work=$(mktemp -d /tmp/bench-tenants.XXXXXX)
api=""
export PGPASSWORD=vendoradvisor

log() { printf '[%4ds] %s\n' "$(($(date +%s) - started))" "$*" >&2; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
psql_on() { # DATABASE ARGS...
  local database=$1; shift
  PGOPTIONS='-c client_min_messages=warning' timeout 300 "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U vendoradvisor -d "$database" \
    -v ON_ERROR_STOP=1 -qAt "$@"
}
stop_api() {
  [ -n "$api" ] || return 0
  kill "$api" 2>/dev/null || true
  for _ in $(seq 1 40); do kill -0 "$api" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$api" 2>/dev/null || true
  wait "$api" 2>/dev/null || true
  api=""
  while ss -Hltn "sport = :$port" | grep -q .; do sleep 0.05; done
}
cleanup() {
  local rc=$?
  stop_api
  psql_on postgres -c "drop database if exists $db" 2>/dev/null || true
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

scripts/pg.sh up >/dev/null
command -v wrk >/dev/null || {
  log "installing wrk"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  timeout 300 $sudo apt-get update -qq
  timeout 300 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
}
pg_log="$(readlink -f .pg/data)/server.log"
if curl -s -o /dev/null --max-time 2 "$url/health/live"; then echo "something already answers on $url: set VA_BENCH_PORT" >&2; exit 1; fi
log "building the API (Release)"
timeout 60 scripts/build-shim.sh >/dev/null
timeout 600 dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; exit 1; }
dll="$root/src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll"
connection="$(scripts/pg.sh url "$db")"

# start_api: starts the API on the step's database; sets $startup_ms, the milliseconds from exec to the first 200
# on /health/ready. Polls only once the port listens (see bench-startup.sh: a connection to a port nobody holds can
# connect to itself).
start_api() {
  local t0 t1; t0=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$connection" Admin__ApiKey="$admin_key" \
    RateLimits__PermitsPerSecond=1000000 RateLimits__Burst=1000000 Logging__LogLevel__Default=Warning \
    Catalog__SeedFile="$root/seeds/catalog.json" \
    dotnet "$dll" --urls "$url" >>"$work/api.log" 2>&1 &
  api=$!
  local deadline=$(($(date +%s) + 600))
  until ss -Hltn "sport = :$port" | grep -q . && curl -sf -o /dev/null --max-time 2 "$url/health/ready"; do
    kill -0 "$api" 2>/dev/null || { tail -n 30 "$work/api.log" >&2; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "the API was not ready within 600 s" >&2; return 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  startup_ms=$(((t1 - t0) / 1000000))
}
post() { curl -sf --max-time 60 -X POST "$url$1" -H "X-Api-Key: $2" -H 'Content-Type: application/json' --data "$3"; }

# create_tenants FROM TO: one curl process per batch (one connection, requests one after the other); appends
# "code seconds" per tenant to $work/created.
create_tenants() {
  local from=$1 to=$2 i
  for i in $(seq "$from" "$to"); do
    [ "$i" -gt "$from" ] && printf 'next\n'
    printf 'url = "%s/v1/admin/tenants"\nmax-time = 600\nheader = "X-Api-Key: %s"\nheader = "Content-Type: application/json"\n' "$url" "$admin_key"
    printf 'data = "{\\"id\\":\\"tenant-%05d\\",\\"name\\":\\"Tenant %d\\"}"\noutput = "%s/responses/%d.json"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' \
      "$i" "$i" "$work" "$i"
  done >"$work/batch.curl"
  curl -s -K "$work/batch.curl" >>"$work/created" || true
}

# run_wrk LABEL METHOD BODY PATHS...: sets $rate $p50 $p99 $bad (non-2xx and socket errors)
run_wrk() {
  local label=$1 method=$2 bodytext=$3; shift 3
  local paths; paths=$(IFS=,; echo "$*")
  local cmd=(env BENCH_KEY="$key" BENCH_BODY="$bodytext" BENCH_METHOD="$method" BENCH_PATHS="$paths" BENCH_THREADS="$threads"
    timeout $((duration + warmup + 60)) wrk -t "$threads" -c "$conc" --timeout 10s -s "$root/scripts/bench/load.lua")
  "${cmd[@]}" -d "${warmup}s" "$url" >/dev/null
  "${cmd[@]}" -d "${duration}s" "$url" >"$work/wrk.out"
  local line; line=$(grep '^RESULT ' "$work/wrk.out") || { cat "$work/wrk.out" >&2; exit 1; }
  field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$line"; }
  log "  $label: $(field rps)/s, p50 $(field p50_ms) ms, p99 $(field p99_ms) ms, statuses $(field statuses)"
  rate=$(printf '%.0f' "$(field rps)") p50=$(printf '%.1f' "$(field p50_ms)") p99=$(printf '%.1f' "$(field p99_ms)")
  bad=$(($(field non2xx) + $(field socket_errors)))
}

mean_ms() { awk '{ s += $2; n++ } END { if (n) printf "%.0f", s / n * 1000; else printf "-" }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

rows="$work/rows" notes="$work/notes"
: >"$rows"; : >"$notes"
samples=(seeds/profiles/*.json)
skip=""
for n in "${steps[@]}"; do
  if [ -n "$skip" ]; then echo "N=$n: skipped ($skip)" >>"$notes"; continue; fi
  log "step N=$n: fresh database $db"
  psql_on postgres -c "drop database if exists $db" -c "create database $db"
  log_from=$(($(wc -l <"$pg_log") + 1))
  : >"$work/created"; rm -rf "$work/responses"; mkdir -p "$work/responses"
  start_api   # creates the schema: not counted

  # --- tenants, one after the other ----------------------------------------------------------------------
  t0=$(date +%s)
  done_n=0
  while [ "$done_n" -lt "$n" ]; do
    to=$((done_n + batch)); [ "$to" -le "$n" ] || to=$n
    create_tenants $((done_n + 1)) "$to"
    done_n=$to
    log "  $done_n of $n tenants, last: $(tail -n 1 "$work/created")"
    if [ $(($(date +%s) - t0)) -ge "$budget" ] && [ "$done_n" -lt "$n" ]; then
      skip="step N=$n reached its budget of ${budget}s at $done_n tenants"
      echo "N=$n: stopped creating tenants at $done_n after ${budget}s (VA_BENCH_TENANTS_BUDGET); measured with $done_n" >>"$notes"
      break
    fi
  done
  create_s=$(($(date +%s) - t0))
  failed=$(awk '$1 != 201' "$work/created" | wc -l)
  if [ "$failed" -gt 0 ]; then
    first=$(awk '$1 != 201 { print NR; exit }' "$work/created")
    echo "N=$n: $failed tenant creations failed; the first, tenant $first: $(awk -v r="$first" 'NR == r' "$work/created"), $(head -c 300 "$work/responses/$first.json")" >>"$notes"
  fi
  tenants=$(psql_on "$db" -c "select count(*) from vendoradvisor_registry.mt_doc_tenant")
  first_ms=$(head -n "$edge" "$work/created" | mean_ms)
  last_ms=$(tail -n "$edge" "$work/created" | mean_ms)

  # --- one tenant's reads and writes ----------------------------------------------------------------------
  key=$(post "/v1/admin/tenants/tenant-00001/keys" "$admin_key" '{"name":"bench-consultant","role":"consultant"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
  ids=()
  for i in $(seq 0 $((nprofiles - 1))); do
    id=$(post /v1/profiles "$key" "@${samples[$((i % ${#samples[@]}))]}" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
    [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || { echo "could not create a profile: $id" >&2; exit 1; }
    ids+=("$id")
  done
  reads=() recs=()
  for id in "${ids[@]}"; do reads+=("/v1/profiles/$id"); recs+=("/v1/profiles/$id/recommendations"); done
  run_wrk "GET /v1/profiles/{id}" GET "" "${reads[@]}"; get="$rate $p50 $p99"; errors=$bad
  run_wrk "GET /v1/profiles" GET "" /v1/profiles; list="$rate $p50 $p99"; errors=$((errors + bad))
  run_wrk "POST recommendations" POST "$body" "${recs[@]}"; rec="$rate $p50 $p99"; errors=$((errors + bad))
  run_wrk "GET /health/live" GET "" /health/live; live=$rate; errors=$((errors + bad))

  # --- PostgreSQL's side, the API's connections still open ------------------------------------------------
  partitions=$(psql_on "$db" -c "select count(*) from pg_inherits i join pg_class p on p.oid = i.inhparent
    where p.relname = 'mt_doc_profile' and p.relnamespace = 'vendoradvisor'::regnamespace")
  catalog_mb=$(psql_on "$db" -c "select round(sum(pg_total_relation_size(oid)) / 1048576.0) from pg_class
    where relnamespace = 'pg_catalog'::regnamespace and relkind in ('r', 'm', 't')")
  backends=$(psql_on "$db" -c "select pid from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()")
  private_kb=0 count=0
  for pid in $backends; do
    kb=$(awk '/^Private_(Clean|Dirty):/ { s += $2 } END { print s + 0 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    private_kb=$((private_kb + kb)); count=$((count + 1))
  done
  memory="$count / $((private_kb / 1024))"
  oom=$(tail -n +"$log_from" "$pg_log" | grep -c 'out of shared memory' || true)

  # --- start-up on this database --------------------------------------------------------------------------
  stop_api
  runs=()
  for _ in $(seq 1 "$starts"); do start_api; runs+=("$startup_ms"); stop_api; done
  startup=$(median "${runs[@]}")
  log "  start-up: ${runs[*]} ms"

  echo "$n|$tenants|$partitions|$first_ms / $last_ms|$create_s|$startup|$get|$list|$rec|$live|$errors|$oom|$catalog_mb|$memory|$(cut -d' ' -f1 /proc/loadavg)" >>"$rows"
  psql_on postgres -c "drop database $db"
done

echo
echo "== make bench-tenants: tenants per database (issue 13), $(date -u '+%F %H:%M UTC') =="
echo "machine: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql_on postgres -c 'show server_version')," \
  "max_connections $(psql_on postgres -c 'show max_connections'), max_locks_per_transaction $(psql_on postgres -c 'show max_locks_per_transaction')," \
  "shared_buffers $(psql_on postgres -c 'show shared_buffers'); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes')"
echo "per request: rate/s p50 p99 (ms), wrk $conc connections, ${duration}s after ${warmup}s warm-up, one tenant's key, $nprofiles profiles; recommendations $body"
echo "create ms: mean time of one POST /v1/admin/tenants, first and last $edge of the step; start-up: median of $starts, exec to /health/ready"
echo "PG backends / private MB: the step database's backends after the load and the sum of their private memory (smaps_rollup)"
echo
{
  echo "N|tenants|partitions/table|create ms first / last|create s|start-up ms|GET profile|GET list|POST recommendation|live/s|non-2xx|out of shm|catalog MB|PG backends / private MB|load"
  cat "$rows"
} | column -t -s '|'
[ -s "$notes" ] && { echo; cat "$notes"; }
log "done in $(($(date +%s) - started))s"
