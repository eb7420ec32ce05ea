#!/usr/bin/env bash
# How fast is a page of the audit feed, and does it stay fast as the event store grows?
# Seeds one tenant with 10,000 events, times page reads (GET /v1/audit/events?limit=100, following
# `next`), then adds events of other tenants until the store holds over 1,000,000 and times the same
# reads again. Loopback only; everything it inserts is removed at the end. About 2 minutes.
#   scripts/bench-audit-feed.sh [pages=40]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-40}
port=5096
url="http://127.0.0.1:$port"
admin_key="va_admin_bench_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
tenant="bench-feed-$(date +%s)"
noise="bench-noise-$(date +%s)"
export PGPASSWORD=vendoradvisor
psql_dev() { psql -h 127.0.0.1 -p "${VA_PG_PORT:-55432}" -U vendoradvisor -d vendoradvisor -v ON_ERROR_STOP=1 -qAt "$@"; }

scripts/pg.sh up
scripts/build-shim.sh
dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >/dev/null

ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url)" Admin__ApiKey="$admin_key" \
  Logging__LogLevel__Default=Warning dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "$url" >/tmp/bench-audit-api.log 2>&1 &
api=$!
cleanup() {
  kill "$api" 2>/dev/null || true
  psql_dev -c "delete from vendoradvisor.mt_events where tenant_id in ('$tenant', '$noise') or tenant_id like '$noise-%';
               delete from vendoradvisor.mt_streams where tenant_id in ('$tenant', '$noise') or tenant_id like '$noise-%';" || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.5; done

curl -sf -X POST "$url/v1/admin/tenants" -H "X-Api-Key: $admin_key" -H 'Content-Type: application/json' \
  -d "{\"id\":\"$tenant\",\"name\":\"Feed benchmark\"}" >/dev/null
key=$(curl -sf -X POST "$url/v1/admin/tenants/$tenant/keys" -H "X-Api-Key: $admin_key" -H 'Content-Type: application/json' \
  -d '{"name":"bench-auditor","role":"auditor"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')

# Events written straight into Marten's tables, 100 per stream, as Marten itself lays them out.
seed() { # tenant, streams, events per stream
  psql_dev -c "
    insert into vendoradvisor.mt_streams (tenant_id, id, type, version)
      select '$1', gen_random_uuid(), 'bench', $3 from generate_series(1, $2);
    insert into vendoradvisor.mt_events (seq_id, id, stream_id, version, data, type, tenant_id, mt_dotnet_type)
      select nextval('vendoradvisor.mt_events_sequence'), gen_random_uuid(), s.id, v,
             jsonb_build_object('n', v, 'note', 'benchmark event'), 'bench_event', '$1', 'bench'
      from vendoradvisor.mt_streams s cross join generate_series(1, $3) v
      where s.tenant_id = '$1' and s.type = 'bench';"
}

measure() { # label
  local times=() next="" total
  for _ in $(seq 1 "$pages"); do
    out=$(curl -s -o /tmp/bench-page.json -w '%{http_code} %{time_total}' -H "X-Api-Key: $key" \
      "$url/v1/audit/events?limit=100${next:+&after=$next}")
    [ "${out%% *}" = 200 ] || { echo "page read failed: $out"; exit 1; }
    times+=("${out#* }")
    next=$(sed -nE 's/.*"next":"([^"]+)".*/\1/p' /tmp/bench-page.json)
    [ -n "$next" ] || break
  done
  total=$(psql_dev -c "select count(*) from vendoradvisor.mt_events")
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$1" -v total="$total" '
    { t[NR] = $1 * 1000 } END {
      printf "%-34s events in store: %9d  pages: %3d  p50: %6.1f ms  p95: %6.1f ms  max: %6.1f ms\n",
        label, total, NR, t[int(NR * 0.5) + (NR % 2)], t[int(NR * 0.95 + 0.999)], t[NR] }'
}

seed "$tenant" 100 100
measure "10,000 events (this tenant)"
# Other tenants' events: the store now holds over a million.
for i in $(seq 1 10); do seed "$noise-$i" 990 100; done
psql_dev -c "analyze vendoradvisor.mt_events"
measure "+990,000 events (other tenants)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%F)"
