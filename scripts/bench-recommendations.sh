#!/usr/bin/env bash
# Issuing a recommendation against the least work any implementation must do for one (issue 9), plus the
# cost of cheap reads. One run prints, per build and per round:
#   - recommendations: POST /v1/profiles/{id}/recommendations, body {"seed":1,"samples":2000}, wrk with 16
#     connections (2 threads) over 64 profiles of one tenant: rate, p50/p99, non-2xx, CPU ms per request of the
#     API process and of PostgreSQL (all its processes, from /proc), and PostgreSQL statements per request;
#   - the baseline: pgbench -M prepared, 16 clients, the minimal transaction below on the same cluster, and the
#     ratio API rate / baseline rate (goal >= 0.60 with p99 <= 50 ms and no non-2xx);
#   - two floors, Marten alone with no HTTP and no engine, locking a profile's stream, appending the same event and
#     saving (tests/VendorAdvisor.Benchmarks/MartenFloor.cs): "as configured" is the API's own store (tenancy, metadata,
#     partitions, connection settings); "bare" is Marten with none of it, statements prepared. They say how much of the
#     gap to the baseline is the store as the product configures it, and how much is the rest of the request;
#   - reads: /health/live, GET /v1/vendors (authenticated, cached data) and POST /v1/analyses (4 x 4 TOPSIS,
#     no samples) at 16 connections, each as a share of /health/live (goals 40 % and 25 %).
#
#   scripts/bench-recommendations.sh [--quick] [--rounds N]
#     default: 3 rounds of 20 s runs after a 5 s warm-up (about 4 minutes per build); --quick: 5 s runs.
#   VA_BENCH_BUILDS="before=/tmp/old/VendorAdvisor.Api.dll after=src/..../VendorAdvisor.Api.dll"
#     compares builds side by side in the same rounds (default: this tree, built in Release).
#
# The minimal transaction (one row per profile in streams and profiles; the event is the API's own answer, sent
# as a parameter so that PostgreSQL parses the JSON text each time, as it must for the API):
#   BEGIN; SELECT version FROM streams WHERE id = :s FOR UPDATE; SELECT data FROM profiles WHERE id = :s;
#   INSERT INTO events ... SELECT :s, version + 1, 'recommendation_issued', :doc::jsonb FROM streams WHERE id = :s;
#   UPDATE streams SET version = version + 1 WHERE id = :s; UPDATE profiles SET data = :snapshot::jsonb WHERE id = :s;
#   COMMIT;
# Loopback only. Brings PostgreSQL up, installs wrk and pgbench with apt-get when missing, stops the APIs it
# started and removes its tenants' data and its tables at the end. Figures from a machine shared with other
# work are noisy: compare builds within one run, never across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=20 warmup=5 rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) duration=5 warmup=2 ;;
    --rounds) rounds=$2; shift ;;
    *) echo "usage: $0 [--quick] [--rounds N]" >&2; exit 2 ;;
  esac
  shift
done
conc=16 threads=2 nprofiles=64
body='{"seed":1,"samples":2000}'
base_port=${VA_BENCH_PORT:-5095}
pg_port=${VA_PG_PORT:-55432}
admin_key="va_admin_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
stamp=$(date +%s)
started=$stamp
work=$(mktemp -d /tmp/bench-recommendations.XXXXXX)
results="$work/results"
: >"$results"
apis=() tenants=()
export PGPASSWORD=vendoradvisor

log() { printf '[%3ds] %s\n' "$(($(date +%s) - started))" "$*" >&2; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
psql_dev() {
  PGOPTIONS='-c client_min_messages=warning' timeout 120 "$(pg_bin)/psql" -h 127.0.0.1 -p "$pg_port" -U vendoradvisor -d vendoradvisor -v ON_ERROR_STOP=1 -qAt "$@"
}

cleanup() {
  local rc=$?
  for api in "${apis[@]}"; do
    kill "$api" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$api" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$api" 2>/dev/null || true
  done
  if [ -n "$(pg_bin)" ] && "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then
    psql_dev -c "alter system reset log_min_duration_statement" -c "alter system reset log_line_prefix" -c "select pg_reload_conf()" >/dev/null || true
    psql_dev -c "drop schema if exists bench_min cascade" -c "drop schema if exists bench_floor_bare cascade" || true
    for tenant in "${tenants[@]}"; do
      psql_dev -c "do \$\$ declare t text; begin
          for t in select table_name from information_schema.columns
                   where table_schema = 'vendoradvisor' and column_name = 'tenant_id' and table_name like 'mt\_%'
                   order by table_name = 'mt_streams' loop   -- the streams last: events reference them
            execute format('delete from vendoradvisor.%I where tenant_id = %L', t, '$tenant');
          end loop;
          delete from vendoradvisor_registry.mt_doc_apikeycredential where data->>'tenantId' = '$tenant';
          delete from vendoradvisor_registry.mt_doc_tenant where id = '$tenant';
        end \$\$;" || echo "warning: could not remove the benchmark tenant $tenant's data" >&2
    done
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools and builds ------------------------------------------------------------------------------
scripts/pg.sh up
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v curl >/dev/null || missing+=(curl)
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/pgbench" ] || missing+=(postgresql-contrib)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  timeout 300 $sudo apt-get update -qq
  timeout 300 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pgbench="$(pg_bin)/pgbench"
pg_data=$(readlink -f .pg/data)
postmaster=$(head -n 1 "$pg_data/postmaster.pid")

# This tree's API and the floor (Marten alone, as this tree configures it), built together; VA_BENCH_BUILDS may name
# other builds of the API to run instead of this one.
log "building the API and the floor (Release)"
timeout 60 scripts/build-shim.sh >/dev/null
build() { timeout 300 dotnet build tests/VendorAdvisor.Benchmarks -c Release --nologo -v q >"$work/build.log" 2>&1; }
build || { sleep 5; build; } || { tail -n 30 "$work/build.log" >&2; exit 1; }
read -ra builds <<<"${VA_BENCH_BUILDS:-this=$root/src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll}"
floor_dll="$root/tests/VendorAdvisor.Benchmarks/bin/Release/net10.0/VendorAdvisor.Benchmarks.dll"

# --- CPU from /proc: the API process, and PostgreSQL (the postmaster, its live children, and the children it reaped)
ticks_api() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_pg() {
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
    for c in $(pgrep -P "$postmaster"); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || true; done
  } | awk '{ s += $1 } END { print s }'
}
hz=$(getconf CLK_TCK)
# field NAME LINE: the value of NAME= in a RESULT line (the load script's, or the floor's in the same format)
field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$2"; }

# run_wrk LABEL METHOD KEY BODY PATHS... -> appends "label|rate|p50|p99|non2xx|statuses|api ms/req|pg ms/req" to results
run_wrk() {
  local label=$1 method=$2 key=$3 bodytext=$4 api=$5; shift 5
  local paths; paths=$(IFS=,; echo "$*")
  local cmd=(env BENCH_KEY="$key" BENCH_BODY="$bodytext" BENCH_METHOD="$method" BENCH_PATHS="$paths" BENCH_THREADS="$threads"
    timeout $((duration + warmup + 60)) wrk -t "$threads" -c "$conc" --timeout 10s -s "$root/scripts/bench/load.lua")
  "${cmd[@]}" -d "${warmup}s" "$url" >/dev/null
  local a0 p0 a1 p1; a0=$(ticks_api "$api"); p0=$(ticks_pg)
  "${cmd[@]}" -d "${duration}s" "$url" >"$work/wrk.out"
  a1=$(ticks_api "$api"); p1=$(ticks_pg)
  local line; line=$(grep '^RESULT ' "$work/wrk.out") || { cat "$work/wrk.out" >&2; exit 1; }
  local n; n=$(field responses "$line")
  local bad=$(( $(field non2xx "$line") + $(field socket_errors "$line") ))
  awk -v l="$label" -v r="$(field rps "$line")" -v p50="$(field p50_ms "$line")" -v p99="$(field p99_ms "$line")" -v bad="$bad" -v st="$(field statuses "$line")" \
      -v n="$n" -v da=$((a1 - a0)) -v dp=$((p1 - p0)) -v hz="$hz" 'BEGIN {
    printf "%s|%.1f|%.2f|%.2f|%d|%s|%.2f|%.2f\n", l, r, p50, p99, bad, st, (n ? da / hz * 1000 / n : 0), (n ? dp / hz * 1000 / n : 0) }' >>"$results"
  log "  $label: $(field rps "$line")/s, p99 $(field p99_ms "$line") ms, statuses $(field statuses "$line")"
}

# --- the APIs, each with its own tenant, key and 64 profiles -----------------------------------------------
post() { curl -sf --max-time 30 -X POST "$1$2" -H "X-Api-Key: $3" -H 'Content-Type: application/json' --data "$4"; }
declare -A api_pid api_url api_key api_paths
profile_body=$(cat seeds/profiles/mobile-game-studio.json)
i=0
for entry in "${builds[@]}"; do
  name=${entry%%=*} dll=${entry#*=}
  url="http://127.0.0.1:$((base_port + i))"; i=$((i + 1))
  if curl -s -o /dev/null --max-time 2 "$url/health/live"; then echo "something already answers on $url: set VA_BENCH_PORT" >&2; exit 1; fi
  log "starting $name ($dll) on $url"
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url)" Admin__ApiKey="$admin_key" \
    RateLimits__PermitsPerSecond=1000000 RateLimits__Burst=1000000 Logging__LogLevel__Default=Warning \
    Catalog__SeedFile="$root/seeds/catalog.json" \
    dotnet "$dll" --urls "$url" >"$work/api-$name.log" 2>&1 &
  pid=$!; apis+=("$pid")
  for _ in $(seq 1 240); do
    curl -sf --max-time 2 -o /dev/null "$url/health/ready" && break
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/api-$name.log" >&2; exit 1; }
    sleep 0.5
  done
  tenant="bench-rec-$name-$stamp"; tenants+=("$tenant")
  post "$url" /v1/admin/tenants "$admin_key" "{\"id\":\"$tenant\",\"name\":\"Recommendation benchmark\"}" >/dev/null
  key=$(post "$url" "/v1/admin/tenants/$tenant/keys" "$admin_key" '{"name":"bench-consultant","role":"consultant"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
  paths=()
  for _ in $(seq 1 $nprofiles); do
    id=$(post "$url" /v1/profiles "$key" "$profile_body" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
    [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || { echo "could not create a profile: $id" >&2; exit 1; }
    paths+=("/v1/profiles/$id/recommendations")
  done
  api_pid[$name]=$pid api_url[$name]=$url api_key[$name]=$key api_paths[$name]="${paths[*]}"
done

# --- the floor's own tenant and profiles, made through the first build ------------------------------------
first=${builds[0]%%=*}
floor_tenant="bench-floor-$stamp"; tenants+=("$floor_tenant")
post "${api_url[$first]}" /v1/admin/tenants "$admin_key" "{\"id\":\"$floor_tenant\",\"name\":\"Marten floor benchmark\"}" >/dev/null
floor_key=$(post "${api_url[$first]}" "/v1/admin/tenants/$floor_tenant/keys" "$admin_key" '{"name":"bench-floor","role":"consultant"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
floor_profiles=()
for _ in $(seq 1 $nprofiles); do
  floor_profiles+=("$(post "${api_url[$first]}" /v1/profiles "$floor_key" "$profile_body" | sed -E 's/^\{"id":"([^"]+)".*/\1/')")
done

# --- the baseline's tables, filled with the first build's own profile snapshot and answer -----------------
read -ra paths <<<"${api_paths[$first]}"
post "${api_url[$first]}" "${paths[0]}" "${api_key[$first]}" "$body" >"$work/doc.json"
profile_id=$(sed -E 's#/v1/profiles/([^/]+)/.*#\1#' <<<"${paths[0]}")
psql_dev -c "select data::text from vendoradvisor.mt_doc_profile where id = '$profile_id'" >"$work/snapshot.json"
log "one answer is $(wc -c <"$work/doc.json") bytes; the profile snapshot $(wc -c <"$work/snapshot.json") bytes"
psql_dev -c "drop schema if exists bench_min cascade; create schema bench_min;
  create table bench_min.streams(id int primary key, version bigint not null);
  create table bench_min.profiles(id int primary key, data jsonb not null);
  create table bench_min.events(seq_id bigserial primary key, stream_id int not null references bench_min.streams(id),
    version bigint not null, type text not null, data jsonb not null, unique(stream_id, version));
  insert into bench_min.streams select g, 1 from generate_series(1, $nprofiles) g;"
psql_dev -v snap="$(cat "$work/snapshot.json")" <<<"insert into bench_min.profiles select g, :'snap'::jsonb from generate_series(1, $nprofiles) g;"
cat >"$work/minimal.sql" <<'SQL'
\set s random(1, 64)
BEGIN;
SELECT version FROM bench_min.streams WHERE id = :s FOR UPDATE;
SELECT data FROM bench_min.profiles WHERE id = :s;
INSERT INTO bench_min.events(stream_id, version, type, data) SELECT :s, version + 1, 'recommendation_issued', :doc::jsonb FROM bench_min.streams WHERE id = :s;
UPDATE bench_min.streams SET version = version + 1 WHERE id = :s;
UPDATE bench_min.profiles SET data = :snapshot::jsonb WHERE id = :s;
COMMIT;
SQL
baseline() {
  local out="$work/pgbench.out" p0 p1
  timeout $((warmup + 60)) "$pgbench" -n -M prepared -h 127.0.0.1 -p "$pg_port" -U vendoradvisor -c "$conc" -j "$threads" -T "$warmup" \
    -D doc="$(cat "$work/doc.json")" -D snapshot="$(cat "$work/snapshot.json")" -f "$work/minimal.sql" vendoradvisor >/dev/null 2>&1
  p0=$(ticks_pg)
  (cd "$work" && timeout $((duration + 60)) "$pgbench" -n -M prepared -h 127.0.0.1 -p "$pg_port" -U vendoradvisor -c "$conc" -j "$threads" \
    -T "$duration" -l -D doc="$(cat doc.json)" -D snapshot="$(cat snapshot.json)" -f minimal.sql vendoradvisor) >"$out" 2>&1 \
    || { cat "$out" >&2; exit 1; }
  p1=$(ticks_pg)
  local tps n failed
  tps=$(sed -nE 's/^tps = ([0-9.]+) \(without.*/\1/p' "$out")
  n=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$out")
  failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$out")
  cat "$work"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n | awk -v l="baseline (pgbench)" -v r="$tps" -v f="${failed:-0}" \
      -v dp=$((p1 - p0)) -v hz="$hz" -v n="$n" '{ v[NR] = $1 } END {
    i50 = int(NR * 0.50 + 0.5); i99 = int(NR * 0.99 + 0.5); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1
    printf "%s|%.1f|%.2f|%.2f|%d|-|-|%.2f\n", l, r, v[i50], v[i99], f, (n ? dp / hz * 1000 / n : 0) }' >>"$results"
  rm -f "$work"/pgbench_log.*
  log "  baseline: $tps tps"
}

# --- the floor: Marten alone locks, appends the same event and saves, with no HTTP and no engine (MartenFloor.cs)
floor() { # label tenant connection-string
  local label=$1 tenant=$2 connection=$3 p0="" p1="" line result=""
  while IFS= read -r line; do
    case $line in
      START) p0=$(ticks_pg) ;;
      RESULT*) p1=$(ticks_pg); result=$line ;;
    esac
  done < <(timeout $((duration + warmup + 120)) dotnet "$floor_dll" marten-floor "$connection" "$tenant" \
             "$warmup" "$duration" "$conc" "${floor_profiles[@]}" 2>"$work/floor.err")
  [ -n "$result" ] && [ -n "$p0" ] || { cat "$work/floor.err" >&2; exit 1; }
  awk -v r="$(field rps "$result")" -v p50="$(field p50_ms "$result")" -v p99="$(field p99_ms "$result")" -v n="$(field responses "$result")" -v cpu="$(field cpu_ms_per_save "$result")" \
      -v dp=$((p1 - p0)) -v hz="$hz" 'BEGIN {
    printf "'"$label"'|%.1f|%.2f|%.2f|0|-|%.2f|%.2f\n", r, p50, p99, cpu, (n ? dp / hz * 1000 / n : 0) }' >>"$results"
  log "  $label: $(field rps "$result")/s, p99 $(field p99_ms "$result") ms"
}

# --- statements per recommendation, from PostgreSQL's own log (10 sequential requests) ------------------
statements() { # name
  local name=$1 mark="bench-mark-$RANDOM$RANDOM" before after
  read -ra paths <<<"${api_paths[$name]}"
  # Every statement of the database the APIs use, and only those (the line names the database).
  psql_dev -c "alter system set log_min_duration_statement = 0" -c "alter system set log_line_prefix = '%m [%p] db=%d '" \
    -c "select pg_reload_conf()" >/dev/null
  sleep 0.5
  before=$(wc -l <"$pg_data/server.log")
  for k in $(seq 1 10); do post "${api_url[$name]}" "${paths[$k]}" "${api_key[$name]}" "$body" >/dev/null; done
  psql_dev -c "alter system reset log_min_duration_statement" -c "alter system reset log_line_prefix" -c "select pg_reload_conf()" >/dev/null
  tail -n +"$((before + 1))" "$pg_data/server.log" | grep ' db=vendoradvisor ' | awk -v n="$name" '
    /duration: .* parse / { parse++ } /duration: .* bind / { bind++ } /duration: .* execute / { exec++ }
    /duration: .* statement: / && !/alter system/ { simple++ } /DISCARD ALL/ { discard++ }
    END { printf "%s: per recommendation %.1f parse, %.1f bind, %.1f execute, %.1f simple-protocol statements, %.1f DISCARD ALL\n",
          n, parse / 10, bind / 10, exec / 10, simple / 10, discard / 10 }' >>"$work/statements"
}

analysis='{"method":"topsis","criteria":[{"id":"C1","benefit":true},{"id":"C2","benefit":true},{"id":"C3","benefit":false},{"id":"C4","benefit":true}],"alternatives":[{"id":"A1","scores":{"C1":8,"C2":7,"C3":2,"C4":1}},{"id":"A2","scores":{"C1":5,"C2":3,"C3":7,"C4":5}},{"id":"A3","scores":{"C1":7,"C2":5,"C3":6,"C4":4}},{"id":"A4","scores":{"C1":9,"C2":9,"C3":7,"C4":3}}],"weights":{"C1":0.4,"C2":0.3,"C3":0.1,"C4":0.2},"samples":0}'

for entry in "${builds[@]}"; do statements "${entry%%=*}"; done
for round in $(seq 1 "$rounds"); do
  log "round $round of $rounds: ${warmup}s warm-up + ${duration}s per run, $conc connections"
  baseline; sed -i "\$s/^baseline (pgbench)/$round|-|baseline (pgbench)/" "$results"
  floor "floor: Marten as configured" "$floor_tenant" "$(scripts/pg.sh url)"; sed -i "\$s/^/$round|-|/" "$results"
  # bare: its own schema (bench_floor_bare, made and removed by the run), Npgsql preparing statements as the API does.
  floor "floor: Marten bare" bare "$(scripts/pg.sh url);Max Auto Prepare=100;Auto Prepare Min Usages=2;No Reset On Close=true"
  sed -i "\$s/^/$round|-|/" "$results"
  for entry in "${builds[@]}"; do
    name=${entry%%=*}; url=${api_url[$name]}; key=${api_key[$name]}; pid=${api_pid[$name]}
    read -ra paths <<<"${api_paths[$name]}"
    for scenario in recommendations health vendors analysis; do
      case $scenario in
        recommendations) run_wrk "recommendations" POST "$key" "$body" "$pid" "${paths[@]}" ;;
        health) run_wrk "GET /health/live" GET "$key" "" "$pid" /health/live ;;
        vendors) run_wrk "GET /v1/vendors" GET "$key" "" "$pid" /v1/vendors ;;
        analysis) run_wrk "POST /v1/analyses 4x4" POST "$key" "$analysis" "$pid" /v1/analyses ;;
      esac
      sed -i "\$s/^/$round|$name|/" "$results"
    done
  done
done

# --- the table ------------------------------------------------------------------------------------------
echo
echo "== make bench-api: issue 9, $(date -u '+%F %H:%M UTC') =="
echo "machine: $(nproc) cores ($(sed -nE 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $(psql_dev -c 'show server_version'), synchronous_commit=$(psql_dev -c 'show synchronous_commit'); .NET $(dotnet --version); commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes')"
echo "runs of ${duration}s after ${warmup}s warm-up; $conc connections ($threads wrk threads / pgbench -j $threads); body $body over $nprofiles profiles"
echo "CPU: ms of CPU per request (or transaction) of the API process and of all PostgreSQL processes, from /proc"
echo
{
  echo "round|build|scenario|rate/s|p50 ms|p99 ms|non-2xx|statuses|API ms/req|PG ms/req"
  cat "$results"
} | column -t -s '|'
echo
awk -F'|' '
  $3 == "baseline (pgbench)" { base[$1] = $4 }
  $3 == "floor: Marten as configured" { floor[$1] = $4 } $3 == "floor: Marten bare" { bare[$1] = $4 }
  $3 == "recommendations" { rec[$2, $1] = $4; p99[$2, $1] = $6; bad[$2, $1] = $7; names[$2] = 1 }
  $3 == "GET /health/live" { live[$2, $1] = $4 } $3 == "GET /v1/vendors" { vend[$2, $1] = $4 } $3 ~ /analyses/ { ana[$2, $1] = $4 }
  END {
    for (r = 1; (r in base); r++)
      printf "floors round %d: Marten alone, as the API configures it, reaches %.2f of the baseline; bare Marten %.2f\n", r, floor[r] / base[r], bare[r] / base[r]
    for (b in names) for (r = 1; (r in base); r++) {
      printf "%s round %d: ratio %.2f (goal >= 0.60), p99 %.1f ms (goal <= 50), non-2xx %d; vendors/live %.0f %% (goal >= 40), analysis/live %.0f %% (goal >= 25)\n",
        b, r, rec[b, r] / base[r], p99[b, r], bad[b, r], 100 * vend[b, r] / live[b, r], 100 * ana[b, r] / live[b, r]
    }
  }' "$results" | sort
echo
cat "$work/statements"
log "done in $(($(date +%s) - started))s"
