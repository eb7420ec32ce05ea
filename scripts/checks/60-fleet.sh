#!/usr/bin/env bash
# The fleet scenario of scripts/fleet.sh check (two PostgreSQL clusters, two API nodes, nginx, all on
# loopback), in its own state folder, torn down at the end. Ports: VA_FLEET_PG_PORT, VA_FLEET_API_PORT and
# VA_FLEET_PROXY_PORT when set; otherwise derived from this checkout's VA_PG_PORT and VA_HTTP_CHECK_PORT
# when those are set, so that several checkouts on one machine do not collide.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
if [ -z "${VA_FLEET_PG_PORT:-}" ] && [ -n "${VA_PG_PORT:-}" ]; then export VA_FLEET_PG_PORT=$((56000 + 2 * (VA_PG_PORT % 1000))); fi
if [ -n "${VA_HTTP_CHECK_PORT:-}" ]; then
  [ -n "${VA_FLEET_API_PORT:-}" ] || export VA_FLEET_API_PORT=$((6000 + 2 * (VA_HTTP_CHECK_PORT % 1000)))
  [ -n "${VA_FLEET_PROXY_PORT:-}" ] || export VA_FLEET_PROXY_PORT=$((7000 + VA_HTTP_CHECK_PORT % 1000))
fi
export VA_FLEET_STATE="$root/.fleet/check"
status=0
timeout 600 scripts/fleet.sh check || status=$?
scripts/fleet.sh down >/dev/null 2>&1 || true
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then echo "fleet: 0 passed, 1 failed (the fleet did not come up or timed out: status $status)"; fi
exit "$status"
