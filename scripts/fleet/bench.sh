# Recommendations/s through nginx, sourced by scripts/fleet.sh bench once the fleet is up: one vs two API
# nodes behind nginx, and tenants all on cluster 1 vs spread over both clusters. Each run: wrk with
# VA_FLEET_BENCH_WORKERS sequential workers (default 8), each its own tenant, key and profile, posting
# recommendations for VA_FLEET_BENCH_SECONDS (default 15) after a warm-up of VA_FLEET_BENCH_WARMUP seconds
# (default 3), for the body
# {"samples":0} (no Monte Carlo: mostly storage) and {} (the default 10,000-sample Monte Carlo: mostly CPU).
# Both nodes, both clusters and nginx share this machine's cores: see the README for what that bounds.
if ! command -v wrk >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
fi
workers=${VA_FLEET_BENCH_WORKERS:-8}
seconds=${VA_FLEET_BENCH_SECONDS:-15}
warmup=${VA_FLEET_BENCH_WARMUP:-3}
run_id=$(date +%s)
ADMIN=$(admin_key)
declare -A targets
for db in db1 db2; do
  list=""
  for i in $(seq 1 "$workers"); do
    tenant="bench-$db-$i-$run_id"
    curl -fsS -m 15 -o /dev/null -X POST "$proxy/v1/admin/tenants" -H "X-Api-Key: $ADMIN" -H 'Content-Type: application/json' \
      -d "{\"id\":\"$tenant\",\"name\":\"Bench $tenant\",\"database\":\"$db\"}"
    key=$(curl -fsS -m 15 -X POST "$proxy/v1/admin/tenants/$tenant/keys" -H "X-Api-Key: $ADMIN" -H 'Content-Type: application/json' \
      -d '{"name":"bench","role":"consultant"}' | jq -r .key)
    profile=$(curl -fsS -m 15 -X POST "$proxy/v1/profiles" -H "X-Api-Key: $key" -H 'Content-Type: application/json' \
      --data @seeds/profiles/mobile-game-studio.json | jq -r .id)
    list+="${list:+,}/v1/profiles/$profile/recommendations|$key"
  done
  targets[$db]=$list
done
# Tenants on both clusters: half the workers' targets from each.
half=$(( workers / 2 ))
targets[both]=$(printf '%s\n' "$(echo "${targets[db1]}" | tr ',' '\n' | head -n "$half")" "$(echo "${targets[db2]}" | tr ',' '\n' | head -n "$((workers - half))")" | paste -sd, -)

echo "fleet bench: $workers workers, ${seconds}s per run, nginx $proxy; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %-8s %-16s %s\n' "body" "nodes" "tenants on" "result"
for body in '{"samples":0}' '{}'; do
  for nodes in "1" "1 2"; do
    start_proxy $nodes
    for placement in db1 both; do
      BENCH_TARGETS=${targets[$placement]} BENCH_BODY=$body wrk -t "$workers" -c "$workers" -d "${warmup}s" -s scripts/fleet/bench.lua "$proxy" >/dev/null 2>&1 || true
      result=$(BENCH_TARGETS=${targets[$placement]} BENCH_BODY=$body wrk -t "$workers" -c "$workers" -d "${seconds}s" --timeout 30s \
        -s scripts/fleet/bench.lua "$proxy" 2>&1 | grep '^RESULT' || echo "RESULT failed")
      label=$([ "$placement" = db1 ] && echo "cluster 1 only" || echo "clusters 1 and 2")
      printf '%-34s %-8s %-16s %s\n' "$body" "$(echo $nodes | wc -w)" "$label" "${result#RESULT }"
    done
  done
done
start_proxy 1 2
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
