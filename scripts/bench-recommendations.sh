#!/usr/bin/env bash
# How many recommendations per second can the API issue, and how does that compare with what the same
# PostgreSQL does for the simplest durable write (a one-row insert)?
#
#   scripts/bench-recommendations.sh            20 s per run after a 5 s warm-up: about 7 minutes
#   scripts/bench-recommendations.sh --quick    5 s per run after a 2 s warm-up: about 2 minutes
#
# 1. Baseline: pgbench, `insert into bench_insert(payload) values ('{"x":1}')` at 1, 4 and 16 clients
#    (the table is created in the vendoradvisor database and dropped at the end).
# 2. The API in Release, Production environment, on http://127.0.0.1:5095 (VA_BENCH_PORT), loaded by wrk
#    (scripts/bench/recommendations.lua, one thread per connection) with POST /v1/profiles/{id}/recommendations
#    and the bodies {"samples":0} (no Monte Carlo) and {} (the default 10,000-sample Monte Carlo), at 1, 4 and
#    16 concurrent workers: all on ONE profile (one event stream: concurrent issues conflict, 409), and
#    one profile per worker.
# For each run it also samples CPU use: the API process, PostgreSQL, the load tool, and everything else
# on the machine (percent of one core; 100 x nproc is the whole machine).
# Loopback only. Brings PostgreSQL up itself, installs wrk, pgbench and sysstat (pidstat) with apt-get
# when they are missing, stops the API it started and removes its benchmark tenant's data at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=20 warmup=5
case "${1:-}" in
  --quick) duration=5 warmup=2 ;;
  "") ;;
  *) echo "usage: $0 [--quick]" >&2; exit 2 ;;
esac
concurrencies=(1 4 16)
port=${VA_BENCH_PORT:-5095}
pg_port=${VA_PG_PORT:-55432}
url="http://127.0.0.1:$port"
admin_key="va_admin_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
tenant="bench-rec-$(date +%s)"
ncpu=$(nproc)
started=$(date +%s)
work=$(mktemp -d /tmp/bench-recommendations.XXXXXX)
results="$work/results"
: >"$results"
api=""
export PGPASSWORD=vendoradvisor

log() { printf '[%3ds] %s\n' "$(($(date +%s) - started))" "$*" >&2; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
psql_dev() {
  PGOPTIONS='-c client_min_messages=warning' timeout 60 "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U vendoradvisor -d vendoradvisor -v ON_ERROR_STOP=1 -qAt "$@"
}

cleanup() {
  local rc=$?
  if [ -n "$api" ] && kill -0 "$api" 2>/dev/null; then
    kill "$api" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$api" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$api" 2>/dev/null || true
    wait "$api" 2>/dev/null || true
  fi
  if [ -n "$(pg_bin)" ] && "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
    # Everything this run wrote: the pgbench table, and the benchmark tenant's events and documents.
    psql_dev -c "drop table if exists public.bench_insert" || true
    psql_dev -c "do \$\$ declare t text; begin
        for t in select table_name from information_schema.columns
                 where table_schema = 'vendoradvisor' and column_name = 'tenant_id' and table_name like 'mt\_%'
                 order by table_name = 'mt_streams' loop   -- the streams last: events reference them
          execute format('delete from vendoradvisor.%I where tenant_id = %L', t, '$tenant');
        end loop;
        delete from vendoradvisor.mt_doc_apikeycredential where data->>'tenantId' = '$tenant';
        delete from vendoradvisor.mt_doc_tenant where id = '$tenant';
      end \$\$;" || echo "warning: could not remove the benchmark tenant $tenant's data" >&2
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools -----------------------------------------------------------------------------------------
scripts/pg.sh up
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v pidstat >/dev/null || missing+=(sysstat)
command -v curl >/dev/null || missing+=(curl)
[ -x "$(pg_bin)/pgbench" ] || missing+=(postgresql-contrib)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  timeout 300 $sudo apt-get update -qq
  timeout 300 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pgbench="$(pg_bin)/pgbench"

if curl -s -o /dev/null --max-time 2 "$url/health/live"; then
  echo "something already answers on $url: stop it or set VA_BENCH_PORT" >&2; exit 1
fi

log "building the API (Release)"
timeout 60 scripts/build-shim.sh >/dev/null
build() { timeout 300 dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >"$work/build.log" 2>&1; }
# Someone building the same tree at the same moment can hold a file lock: try once more.
build || { sleep 5; build; } || { tail -n 30 "$work/build.log" >&2; exit 1; }

# --- CPU sampling ----------------------------------------------------------------------------------
# cpu_start SECONDS: snapshot /proc/stat and the API's own ticks, and let pidstat sample PostgreSQL and
# the load tool for SECONDS. cpu_stop prints "api pg load other" in percent of one core.
cpu_start() {
  local a b c d e f g h
  read -r _ a b c d e f g h _ </proc/stat
  cpu_t0=$((a + b + c + d + e + f + g + h)) cpu_i0=$((d + e))
  api_t0=0; [ -n "$api" ] && api_t0=$(awk '{print $14 + $15}' "/proc/$api/stat")
  wall0=$(date +%s.%N)
  timeout $(($1 + 10)) pidstat -u -h -C 'postgres|wrk|pgbench' "$1" 1 >"$work/pidstat" 2>/dev/null &
  pidstat_pid=$!
}
cpu_stop() {
  wait "$pidstat_pid" 2>/dev/null || true
  local a b c d e f g h
  read -r _ a b c d e f g h _ </proc/stat
  local t=$((a + b + c + d + e + f + g + h - cpu_t0)) i=$((d + e - cpu_i0)) api_t1=0
  [ -n "$api" ] && api_t1=$(awk '{print $14 + $15}' "/proc/$api/stat")
  awk -v t="$t" -v i="$i" -v n="$ncpu" -v hz="$(getconf CLK_TCK)" -v da="$((api_t1 - api_t0))" \
      -v w0="$wall0" -v w1="$(date +%s.%N)" '
    $1 !~ /^#/ && NF >= 10 { if ($NF ~ /postgres/) pg += $8; else load += $8 }
    END {
      busy = (t > 0) ? (t - i) / t * 100 * n : 0
      apiu = da / hz / (w1 - w0) * 100
      other = busy - apiu - pg - load; if (other < 0) other = 0
      printf "%.0f %.0f %.0f %.0f\n", apiu, pg, load, other
    }' "$work/pidstat"
}

# percentiles FILE (one latency in ms per line) -> "p50 p99"
percentiles() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "- -"; exit }
    i50 = int(NR * 0.50); if (i50 < NR * 0.50) i50++; i99 = int(NR * 0.99); if (i99 < NR * 0.99) i99++
    printf "%.2f %.2f\n", v[i50], v[i99] }'
}

# --- 1. baseline: pgbench single-row insert -------------------------------------------------------------
log "pgbench baseline: one-row insert, ${duration}s per run"
psql_dev -c "drop table if exists public.bench_insert;
             create table public.bench_insert(id bigserial primary key, payload jsonb, created_at timestamptz default now())"
printf '%s\n' "insert into bench_insert(payload) values ('{\"x\":1}');" >"$work/insert.sql"
for c in "${concurrencies[@]}"; do
  j=$((c < 2 ? c : 2))
  dir="$work/pgbench-$c"; mkdir -p "$dir"
  cpu_start $((duration > 4 ? duration - 2 : duration))
  (cd "$dir" && timeout $((duration + 30)) "$pgbench" -n -h 127.0.0.1 -p "$pg_port" -U vendoradvisor \
    -f "$work/insert.sql" -c "$c" -j "$j" -T "$duration" -l vendoradvisor) >"$dir/out" 2>&1 \
    || { cat "$dir/out" >&2; exit 1; }
  cpu=$(cpu_stop)
  tps=$(sed -nE 's/^tps = ([0-9.]+) \(without.*/\1/p' "$dir/out" | xargs printf '%.1f')
  failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$dir/out"); failed=${failed:-0}
  done_tx=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$dir/out")
  cat "$dir"/pgbench_log.* | awk '{ print $3 / 1000 }' >"$dir/lat"
  read -r p50 p99 < <(percentiles "$dir/lat")
  share=$(awk -v f="$failed" -v n="$done_tx" 'BEGIN { printf "%.1f", ((n + f) > 0 ? f / (n + f) * 100 : 0) }')
  echo "pgbench insert (baseline)|-|$c|$tps|$p50|$p99|$share|failed:$failed|$cpu" >>"$results"
  log "  c=$c: $tps tps"
done
psql_dev -c "drop table if exists public.bench_insert"

# --- 2. the API ---------------------------------------------------------------------------------------
log "starting the API on $url"
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url)" Admin__ApiKey="$admin_key" \
  RateLimits__PermitsPerSecond=1000000 RateLimits__Burst=1000000 \
  Logging__LogLevel__Default=Warning \
  dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "$url" >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 120); do
  curl -sf --max-time 2 -o /dev/null "$url/health/ready" && break
  kill -0 "$api" 2>/dev/null || { tail -n 30 "$work/api.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf --max-time 2 -o /dev/null "$url/health/ready" || { echo "the API did not become ready" >&2; tail -n 30 "$work/api.log" >&2; exit 1; }

post() { # path key body -> response body; fails on a non-2xx answer
  curl -sf --max-time 30 -X POST "$url$1" -H "X-Api-Key: $2" -H 'Content-Type: application/json' --data "$3"
}
post /v1/admin/tenants "$admin_key" "{\"id\":\"$tenant\",\"name\":\"Recommendation benchmark\"}" >/dev/null
key=$(post "/v1/admin/tenants/$tenant/keys" "$admin_key" '{"name":"bench-consultant","role":"consultant"}' |
  sed -E 's/.*"key":"([^"]+)".*/\1/')
[ -n "$key" ] || { echo "could not create a consultant key" >&2; exit 1; }
profile_body=$(cat seeds/profiles/mobile-game-studio.json)
profiles=()
for _ in $(seq 1 16); do
  id=$(post /v1/profiles "$key" "$profile_body" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || { echo "could not create a profile: $id" >&2; exit 1; }
  profiles+=("/v1/profiles/$id/recommendations")
done

# The default body really runs the Monte Carlo: the recommendation records its options.
# (The probes are issued on a profile no run uses, and their sizes are reported.)
size_plain=$(post "${profiles[15]}" "$key" '{"samples":0}' | wc -c)
probe=$(post "${profiles[15]}" "$key" '{}')
size_mc=${#probe}
grep -q '"samples":10000' <<<"$probe" ||
  log "warning: a recommendation issued with {} does not record 10000 Monte Carlo samples"

load() { # label body concurrency paths...
  local label=$1 body=$2 c=$3; shift 3
  local paths; paths=$(IFS=,; echo "$*")
  local run=(env BENCH_KEY="$key" BENCH_BODY="$body" BENCH_PATHS="$paths"
    timeout $((duration + warmup + 30)) wrk -t "$c" -c "$c" --timeout 30s -s "$root/scripts/bench/recommendations.lua" "$url")
  "${run[@]}" -d "${warmup}s" >/dev/null
  cpu_start $((duration > 4 ? duration - 2 : duration))
  "${run[@]}" -d "${duration}s" >"$work/wrk.out"
  local cpu; cpu=$(cpu_stop)
  local line; line=$(grep '^RESULT ' "$work/wrk.out") || { cat "$work/wrk.out" >&2; exit 1; }
  field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$line"; }
  local n bad errs
  n=$(field responses) bad=$(field non201) errs=$(field socket_errors)
  local share; share=$(awk -v b="$bad" -v e="$errs" -v n="$n" 'BEGIN { printf "%.1f", ((n + e) > 0 ? (b + e) / (n + e) * 100 : 0) }')
  local statuses; statuses=$(field statuses); [ "$errs" = 0 ] || statuses="$statuses,socket-errors:$errs"
  echo "$label|$body|$c|$(field rps)|$(field p50_ms)|$(field p99_ms)|$share|$statuses|$cpu" >>"$results"
  log "  $label $body c=$c: $(field rps) req/s, statuses $statuses"
}

for body in '{"samples":0}' '{}'; do
  log "recommendations, body $body: ${warmup}s warm-up + ${duration}s per run"
  for c in "${concurrencies[@]}"; do
    shared=(); for _ in $(seq 1 "$c"); do shared+=("${profiles[0]}"); done
    load "API, one profile" "$body" "$c" "${shared[@]}"
  done
  for c in "${concurrencies[@]}"; do
    [ "$c" -gt 1 ] || continue   # with one worker, "one profile per worker" is the run above
    load "API, profile per worker" "$body" "$c" "${profiles[@]:0:$c}"
  done
done

# --- 3. the table -------------------------------------------------------------------------------------
echo
echo "== POST /v1/profiles/{id}/recommendations vs pgbench one-row insert, $(date -u '+%F %H:%M UTC') =="
echo "machine: $ncpu cores ($(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(psql_dev -c 'show server_version'), synchronous_commit=$(psql_dev -c 'show synchronous_commit'), fsync=$(psql_dev -c 'show fsync'); .NET $(dotnet --version); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes in src/')"
echo "a 201 answer carries the whole recommendation: $size_plain bytes with {\"samples\":0}, $size_mc bytes with {}"
echo "runs: ${duration}s each after a ${warmup}s warm-up (the API runs); wrk with one thread per connection; latencies in ms"
echo "CPU: percent of one core over the run (machine = $((ncpu * 100))): the API process / PostgreSQL / the load tool / everything else"
echo
{
  echo "scenario|body|conc|req/s (tps)|201/s|p50 ms|p99 ms|non-2xx %|statuses|CPU api/pg/load/other"
  while IFS='|' read -r scenario body c rps p50 p99 share statuses cpu; do
    read -r ca cp cl co <<<"$cpu"
    # Answers per second that issued a recommendation (201); for pgbench, the tps.
    ok=$(awk -v r="$rps" -v s="$statuses" 'BEGIN {
      n = split(s, p, ","); t = 0; g = 0
      for (k = 1; k <= n; k++) { split(p[k], q, ":"); if (q[1] ~ /^[0-9]+$/) { t += q[2]; if (q[1] == 201) g += q[2] } }
      printf "%.1f", (t == 0 ? r : r * g / t) }')
    echo "$scenario|$body|$c|$rps|$ok|$p50|$p99|$share|$statuses|$ca/$cp/$cl/$co"
  done <"$results"
} | column -t -s '|'
echo
echo "non-2xx %: answers other than 201 (API; 409 = optimistic-concurrency conflict on the profile's stream)"
echo "           or failed transactions (pgbench), plus socket errors, over all attempts"
log "done in $(($(date +%s) - started))s"
