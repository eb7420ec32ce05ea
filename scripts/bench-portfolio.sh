#!/usr/bin/env bash
# How long does POST /v1/portfolio/impact take for a tenant with 10,000 active profiles?
# Starts the API (Release, loopback), creates one tenant with N profiles over HTTP (the ten sample
# profiles of seeds/profiles in turn), then asks three times which profiles a proposed catalog change
# would change (every profile ranked under both catalogs, no Monte Carlo), after one warm-up request, as NDJSON
# (Accept: application/x-ndjson): a line for every changed profile, streamed, and the timing in the summary line.
# Prints, per run, the time to the last byte seen by the client and the server's own split
# (scoring, whole request). Everything it inserts is removed at the end. About a minute.
#   scripts/bench-portfolio.sh [profiles=10000] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
profiles=${1:-10000}
runs=${2:-3}
port=${VA_BENCH_PORT:-5097}
url="http://127.0.0.1:$port"
admin_key="va_admin_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
tenant="bench-portfolio-$(date +%s)"
work=$(mktemp -d)
export PGPASSWORD=vendoradvisor
psql_dev() { psql -h 127.0.0.1 -p "${VA_PG_PORT:-55432}" -U vendoradvisor -d vendoradvisor -v ON_ERROR_STOP=1 -qAt "$@"; }

scripts/pg.sh up
scripts/build-shim.sh
dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >/dev/null

ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url)" Admin__ApiKey="$admin_key" \
  RateLimits__PermitsPerSecond=1000000 RateLimits__Burst=1000000 Logging__LogLevel__Default=Warning \
  dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "$url" >"$work/api.log" 2>&1 &
api=$!
cleanup() {
  kill "$api" 2>/dev/null || true
  psql_dev -c "delete from vendoradvisor.mt_doc_profile where tenant_id = '$tenant';
               delete from vendoradvisor.mt_events where tenant_id = '$tenant';
               delete from vendoradvisor.mt_streams where tenant_id = '$tenant';" || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.5; done

curl -sf -X POST "$url/v1/admin/tenants" -H "X-Api-Key: $admin_key" -H 'Content-Type: application/json' \
  -d "{\"id\":\"$tenant\",\"name\":\"Portfolio benchmark\"}" >/dev/null
key=$(curl -sf -X POST "$url/v1/admin/tenants/$tenant/keys" -H "X-Api-Key: $admin_key" -H 'Content-Type: application/json' \
  -d '{"name":"bench-consultant","role":"consultant"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')

# One curl process, connections kept alive, 8 requests at a time.
samples=(seeds/profiles/*.json)
for i in $(seq 0 $((profiles - 1))); do
  [ "$i" -gt 0 ] && printf 'next\n'
  printf 'url = "%s/v1/profiles"\nheader = "X-Api-Key: %s"\nheader = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' \
    "$url" "$key" "${samples[$((i % ${#samples[@]}))]}"
done >"$work/seed.curl"
started=$(date +%s.%N)
curl -s --no-progress-meter --parallel --parallel-max 8 -K "$work/seed.curl" >"$work/seed.codes"
created=$(grep -c '^201$' "$work/seed.codes" || true)
[ "$created" = "$profiles" ] || { echo "only $created of $profiles profiles were created"; sort "$work/seed.codes" | uniq -c; exit 1; }
awk -v n="$profiles" -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "seeded %d profiles over HTTP in %.1f s\n", n, b - a }'

proposal='{"overrides":[{"vendor":"tencent-cloud","criterion":"latency","score":2},{"vendor":"aws-china","criterion":"payment-integration","score":8}]}'
impact() { # label
  curl -s -o "$work/impact.ndjson" -w '%{http_code} %{time_total}' -X POST "$url/v1/portfolio/impact" \
    -H "X-Api-Key: $key" -H 'Content-Type: application/json' -H 'Accept: application/x-ndjson' -d "$proposal" >"$work/out"
  read -r code seconds <"$work/out" || true
  [ "$code" = 200 ] || { echo "impact failed: $code"; head -c 500 "$work/impact.ndjson"; exit 1; }
  summary=$(tail -n 1 "$work/impact.ndjson")
  timing='.*"timing":"score;dur=([0-9.]+), total;dur=([0-9.]+), cpu;dur=([0-9.]+)".*'
  score=$(sed -nE "s/$timing/\1/p" <<<"$summary")
  server=$(sed -nE "s/$timing/\2/p" <<<"$summary")
  cpu=$(sed -nE "s/$timing/\3/p" <<<"$summary")
  scored=$(sed -nE 's/.*"totals":\{"profiles":([0-9]+),"winnerChanged":([0-9]+),"rankingChanged":([0-9]+).*/\1 \2 \3/p' <<<"$summary")
  read -r n winners rankings <<<"$scored"
  printf '%-9s profiles %6d  winner changed %5d  ranking changed %5d  client %7.1f ms  server %7.1f ms (scoring %6.1f ms)  API CPU %7.1f ms  lines %d\n' \
    "$1" "$n" "$winners" "$rankings" "$(awk -v s="$seconds" 'BEGIN { print s * 1000 }')" "$server" "$score" "$cpu" "$(wc -l <"$work/impact.ndjson")"
}
impact "warm-up"
for r in $(seq 1 "$runs"); do impact "run $r"; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%F)"
