#!/usr/bin/env bash
# Overload: what-if evaluations (CPU-bound) sent back to back by more and more connections, so that load shedding
# can be judged by what was admitted. For each level it prints admitted (200) and shed (503, with Retry-After)
# requests separately, each with its rate and p50/p99 latency (scripts/bench/overload.mjs).
#   scripts/bench-overload.sh [SECONDS] [LEVELS...]     default: 10 s at 4 8 16 32 64 connections
# The API runs as in production (Release, rate limits lifted, load-shedding defaults unless Load__* is set in the
# environment). Loopback only; stops the API it started. A benchmark that prints figures: no pass or fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-10}; shift || true
levels=("$@"); [ ${#levels[@]} -gt 0 ] || levels=(4 8 16 32 64)
port=${VA_BENCH_PORT:-5096}
url="http://127.0.0.1:$port"
admin_key="va_admin_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
work=$(mktemp -d /tmp/bench-overload.XXXXXX)
api=""
cleanup() {
  [ -n "$api" ] && { kill "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

command -v node >/dev/null || { echo "node is needed (the test command installs it)" >&2; exit 1; }
scripts/pg.sh up >/dev/null
dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; exit 1; }
if curl -s -o /dev/null --max-time 2 "$url/health/live"; then echo "something already answers on $url: set VA_BENCH_PORT" >&2; exit 1; fi
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url)" Admin__ApiKey="$admin_key" \
  RateLimits__PermitsPerSecond=1000000 RateLimits__Burst=1000000 Logging__LogLevel__Default=Warning \
  Catalog__SeedFile="$root/seeds/catalog.json" \
  dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "$url" >"$work/api.log" 2>&1 &
api=$!
for _ in $(seq 1 240); do
  curl -sf --max-time 2 -o /dev/null "$url/health/ready" && break
  kill -0 "$api" 2>/dev/null || { tail -n 30 "$work/api.log" >&2; exit 1; }
  sleep 0.5
done
post() { curl -sf --max-time 30 -X POST "$url$1" -H "X-Api-Key: $2" -H 'Content-Type: application/json' --data "$3"; }
tenant="bench-overload-$(date +%s)"
post /v1/admin/tenants "$admin_key" "{\"id\":\"$tenant\",\"name\":\"Overload benchmark\"}" >/dev/null
key=$(post "/v1/admin/tenants/$tenant/keys" "$admin_key" '{"name":"bench-consultant","role":"consultant"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')

echo "== overload: POST /v1/evaluate (samples 2000), $seconds s per level, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M') UTC"
API="$url" KEY="$key" node scripts/bench/overload.mjs 2 3 >/dev/null   # warm-up
for c in "${levels[@]}"; do
  API="$url" KEY="$key" node scripts/bench/overload.mjs "$c" "$seconds"
done
