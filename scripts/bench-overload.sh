#!/usr/bin/env bash
# Overload: what-if evaluations (CPU-bound) sent back to back by more and more connections (wrk), so that load
# shedding can be judged by what was admitted. Per level it prints one row: the offered rate (every answer), the
# admitted rate (200), the share refused with 503, the admitted requests' p50/p99 as the server measured them
# (Server-Timing: wait for admission + admission to the start of the answer) and the p99 of that wait, how long a
# 503 took to be refused (server), and wrk's own p50/p99 over every answer for comparison (the client shares the
# machine's cores, so its figures include its own queueing). scripts/bench/overload.lua reads the answers.
#   scripts/bench-overload.sh [SECONDS] [LEVELS...]     default: 10 s at 8 16 32 64 128 connections
# VA_BENCH_RETRY_AFTER=1: the clients wait as each 503's Retry-After says before their next request, as a client
# should; by default they send again at once, the worst case for the server.
# The API runs as in production (Release, rate limits lifted, load-shedding defaults unless Load__* is set in the
# environment). Loopback only; stops the API it started. A benchmark that prints figures: no pass or fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-10}; shift || true
levels=("$@"); [ ${#levels[@]} -gt 0 ] || levels=(8 16 32 64 128)
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

if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  timeout 300 $sudo apt-get update -qq
  timeout 300 $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
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

body='{"name":"What if","sector":"gaming","origin":"multinational","samples":2000}'
threads=$(( $(nproc) < 2 ? 1 : 2 ))
run() { # run CONNECTIONS SECONDS -> the RESULT line of scripts/bench/overload.lua
  BENCH_KEY="$key" BENCH_PATH=/v1/evaluate BENCH_BODY="$body" BENCH_RETRY_AFTER="${VA_BENCH_RETRY_AFTER:-0}" timeout $(($2 + 60)) \
    wrk -t "$(( $1 < threads ? $1 : threads ))" -c "$1" -d "${2}s" --timeout 10s -s "$root/scripts/bench/overload.lua" "$url" >"$work/wrk.out"
  grep '^RESULT ' "$work/wrk.out" || { cat "$work/wrk.out" >&2; exit 1; }
}
limits=$(printf 'Load__MaxConcurrentRequests=%s Load__QueueLength=%s Load__QueueTimeoutMilliseconds=%s' \
  "${Load__MaxConcurrentRequests:-default}" "${Load__QueueLength:-default}" "${Load__QueueTimeoutMilliseconds:-default}")
clients="clients send again at once after a 503"; [ "${VA_BENCH_RETRY_AFTER:-0}" = 1 ] && clients="clients obey Retry-After"
echo "== overload: POST /v1/evaluate (samples 2000), $seconds s per level, $(nproc) cores, $clients, $limits"
echo "   load average $(cut -d' ' -f1-3 /proc/loadavg) before, $(date -u '+%Y-%m-%d %H:%M') UTC, $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
run 2 3 >/dev/null   # warm-up: JIT, pools, the tenant's caches
printf '%11s | %9s | %10s | %5s | %-26s | %9s | %-22s | %-22s | %s\n' connections offered/s admitted/s '503 %' \
  'admitted p50 / p99 ms (S)' 'wait p99' '503 answer p50 / p99 (S)' 'client p50 / p99 (all)' 'other'
for c in "${levels[@]}"; do
  line=$(run "$c" "$seconds")
  field() { sed -nE "s/.* $1=([^ ]+).*/\1/p" <<<"$line"; }
  other="statuses $(field statuses)"
  [ "$(field socket_errors)" = 0 ] || other+=", socket errors $(field socket_errors)"
  [ "$(field no_retry_after)" = 0 ] || other+=", 503 without Retry-After $(field no_retry_after)"
  [ "$(field untimed)" = 0 ] || other+=", without Server-Timing $(field untimed)"
  printf '%11s | %9s | %10s | %5s | %-26s | %9s | %-22s | %-22s | %s\n' "$c" "$(field offered)" "$(field admitted)" "$(field shed_share)" \
    "$(field admitted_p50) / $(field admitted_p99)" "$(field queue_p99)" "$(field shed_p50) / $(field shed_p99)" \
    "$(field client_p50) / $(field client_p99)" "$other, load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "(S): measured by the server (Server-Timing); -1: no such answer at that level. Client: wrk, over 200s and 503s together."
