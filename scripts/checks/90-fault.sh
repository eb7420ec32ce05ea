#!/usr/bin/env bash
# Fault check: PostgreSQL stopped hard and restarted under write load with Idempotency-Key retries.
# Runs on a cluster of its own (port VA_PG_PORT + 1000, data beside .pg-fault/) and an API of its own
# (port VA_HTTP_CHECK_PORT + 1000), so stopping the database never disturbs the shared test cluster.
# Passes when nothing acknowledged is lost, nothing is created twice, the outage answers 503 problem
# details with Retry-After (never another 5xx), and writes succeed again within seconds of the restart.
# Prints, last, "fault: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
pg_port=$(( ${VA_PG_PORT:-55432} + 1000 ))
api_port=$(( ${VA_HTTP_CHECK_PORT:-5097} + 1000 ))
admin_key="va_admin_fault_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# scripts/pg.sh keeps its cluster beside the script's checkout: a copy under .pg-fault/ keeps this one apart.
mkdir -p .pg-fault/scripts
cp scripts/pg.sh .pg-fault/scripts/pg.sh
pg() { VA_PG_PORT=$pg_port .pg-fault/scripts/pg.sh "$@"; }
pg up 2>/dev/null || { echo "fault: 0 passed, 1 failed (its PostgreSQL did not start)"; exit 1; }
psql_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql"
# A new database every run: the cluster outlives the run (it is keyed by the checkout's path), and what an
# earlier run of another version left in it must not decide this one.
PGPASSWORD=vendoradvisor "$psql_bin" -h 127.0.0.1 -p "$pg_port" -U vendoradvisor -d postgres -q \
  -c "drop database if exists vendoradvisor_fault with (force)" -c "create database vendoradvisor_fault" \
  || { echo "fault: 0 passed, 1 failed (its database could not be made)"; exit 1; }

dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >/dev/null || { echo "fault: 0 passed, 1 failed (the API did not build)"; exit 1; }
log="/tmp/fault-check-api-$api_port.log"
# The per-key rate limit is lifted: this check is about durability across an outage, and on a fast
# machine the writers and the read-back would otherwise be refused with 429 and counted as lost.
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(pg url vendoradvisor_fault)" Admin__ApiKey="$admin_key" \
  RateLimits__PermitsPerSecond=1000000 RateLimits__Burst=1000000 Logging__LogLevel__Default=Warning dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "http://127.0.0.1:$api_port" >"$log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; pg down >/dev/null 2>&1' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$api_port/health/ready" >/dev/null && break; sleep 0.5; done
if ! curl -sf "http://127.0.0.1:$api_port/health/ready" >/dev/null; then
  echo "fault: the API did not become ready; the end of its log ($log):"; tail -c 3000 "$log"; echo
  echo "fault: 0 passed, 1 failed (the API did not start)"; exit 1
fi

FAULT_API="http://127.0.0.1:$api_port" FAULT_ADMIN_KEY="$admin_key" FAULT_PG="$repo/.pg-fault/scripts/pg.sh" FAULT_PG_PORT="$pg_port" \
  FAULT_PSQL="$psql_bin" FAULT_PG_DATABASE=vendoradvisor_fault node scripts/checks/fault/fault.mjs
