#!/usr/bin/env bash
# A fleet on one machine, all on loopback: two PostgreSQL clusters, two identical API nodes, nginx in front.
#   scripts/fleet.sh up       start (or check) everything; prints the proxy's address and the admin key's file
#   scripts/fleet.sh check    run the scenario below through nginx (brings the fleet up first); non-zero on failure
#   scripts/fleet.sh bench    recommendations/s through nginx: one vs two nodes, tenants on one vs two clusters
#   scripts/fleet.sh down     stop everything it started
#   scripts/fleet.sh status   what runs
# Layout (ports are bases: VA_FLEET_PG_PORT, VA_FLEET_API_PORT, VA_FLEET_PROXY_PORT):
#   cluster 1  127.0.0.1:55460  database vendoradvisor: the registry (tenants, keys, placements, rate limits)
#                               and tenant database "db1"
#   cluster 2  127.0.0.1:55461  database vendoradvisor: tenant database "db2"
#   node 1, 2  127.0.0.1:5160, 5161   the API in Release, Production environment, same configuration
#   nginx      127.0.0.1:8160         round robin over the nodes that answer
# State (data, logs, pids, the system administrator key) in .fleet/ (VA_FLEET_STATE), ignored by git.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
state=${VA_FLEET_STATE:-$root/.fleet}
pg_base=${VA_FLEET_PG_PORT:-55460}
api_base=${VA_FLEET_API_PORT:-5160}
proxy_port=${VA_FLEET_PROXY_PORT:-8160}
proxy="http://127.0.0.1:$proxy_port"
dll=${VA_FLEET_APP:-$root/src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll}
mkdir -p "$state"

log() { printf 'fleet: %s\n' "$*" >&2; }
pg_port() { echo $((pg_base + $1 - 1)); }
api_port() { echo $((api_base + $1 - 1)); }
pg() { VA_PG_PORT=$(pg_port "$1") VA_PG_STATE="$state/pg-$1" scripts/pg.sh "${@:2}"; }
admin_key() {
  [ -s "$state/admin-key" ] || { echo "va_admin_fleet_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$state/admin-key"; }
  cat "$state/admin-key"
}
ready() { curl -fsS -m 3 -o /dev/null "http://127.0.0.1:$(api_port "$1")/health/ready" 2>/dev/null; }
node_pid() { [ -s "$state/node-$1.pid" ] && kill -0 "$(cat "$state/node-$1.pid")" 2>/dev/null && cat "$state/node-$1.pid"; }

install_tools() {
  local missing=()
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} from the distribution's packages"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  # Debian starts a freshly installed nginx on port 80 of every interface: forbid service starts meanwhile.
  local guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=1; printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null; $sudo chmod +x /usr/sbin/policy-rc.d
  fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || { [ -n "$guard" ] && $sudo rm -f /usr/sbin/policy-rc.d; exit 1; }
  [ -n "$guard" ] && $sudo rm -f /usr/sbin/policy-rc.d
  return 0
}

start_node() {
  local n=$1 port; port=$(api_port "$1")
  if node_pid "$n" >/dev/null; then return 0; fi
  # Every node gets the same configuration: any request may reach any node.
  env ASPNETCORE_ENVIRONMENT=Production \
    ConnectionStrings__Marten="$(pg 1 url)" \
    Tenancy__Databases__db1="$(pg 1 url)" \
    Tenancy__Databases__db2="$(pg 2 url)" \
    Admin__ApiKey="$(admin_key)" \
    RateLimits__Shared=true \
    Shutdown__DrainSeconds="${VA_FLEET_DRAIN_SECONDS:-2}" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >>"$state/node-$n.log" 2>&1 &
  echo $! >"$state/node-$n.pid"
}

wait_ready() {
  local n=$1
  for _ in $(seq 1 120); do ready "$n" && return 0; node_pid "$n" >/dev/null || break; sleep 0.5; done
  log "node $n did not become ready; the end of .fleet/node-$n.log:"; tail -n 20 "$state/node-$n.log" >&2
  return 1
}

stop_node() { # stop_node N [signal]: TERM drains and finishes in-flight requests; KILL is a crash
  local n=$1 signal=${2:-TERM} pid
  pid=$(node_pid "$n") || return 0
  kill -"$signal" "$pid" 2>/dev/null || true
  for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$state/node-$n.pid"
}

# nginx: open source nginx checks upstreams passively: a node that refuses connections or fails is taken
# out for fail_timeout and its requests go to the other; a request that never reached a node (refused
# connection) is retried on the other whatever its method, one that reached a node is not (a POST may
# have been done). Nodes drain before they close (see GracefulShutdown), so a stop refuses nothing.
write_proxy_conf() { # write_proxy_conf NODE...
  mkdir -p "$state/nginx/temp"; chmod 777 "$state/nginx/temp"
  local servers="" n
  for n in "$@"; do servers+="    server 127.0.0.1:$(api_port "$n") max_fails=1 fail_timeout=3s;"$'\n'; done
  cat >"$state/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $state/nginx/nginx.pid;
error_log $state/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $state/nginx/temp/body;
  proxy_temp_path $state/nginx/temp/proxy;
  fastcgi_temp_path $state/nginx/temp/fastcgi;
  uwsgi_temp_path $state/nginx/temp/uwsgi;
  scgi_temp_path $state/nginx/temp/scgi;
  client_max_body_size 1m;
  upstream vendoradvisor {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$proxy_port;
    location / {
      proxy_pass http://vendoradvisor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 1s;
      proxy_read_timeout 60s;
      proxy_buffering off;
    }
  }
}
EOF
}

nginx_bin() { command -v nginx || echo /usr/sbin/nginx; }
proxy_running() { [ -s "$state/nginx/nginx.pid" ] && kill -0 "$(cat "$state/nginx/nginx.pid")" 2>/dev/null; }
start_proxy() { # start_proxy NODE...: (re)configure nginx for these nodes
  write_proxy_conf "$@"
  "$(nginx_bin)" -t -q -p "$state/nginx" -c "$state/nginx/nginx.conf"
  if proxy_running; then "$(nginx_bin)" -p "$state/nginx" -c "$state/nginx/nginx.conf" -s reload; sleep 0.5
  else "$(nginx_bin)" -p "$state/nginx" -c "$state/nginx/nginx.conf"; fi
}
stop_proxy() { proxy_running && "$(nginx_bin)" -p "$state/nginx" -c "$state/nginx/nginx.conf" -s quit; rm -f "$state/nginx/nginx.pid"; return 0; }

up() {
  install_tools
  pg 1 up; pg 2 up
  [ -f "$dll" ] && { [ "${VA_FLEET_BUILD:-1}" = 0 ] || [ -n "${VA_FLEET_APP:-}" ]; } || dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >"$state/build.log" 2>&1 \
    || { tail -n 30 "$state/build.log" >&2; exit 1; }
  # Node 1 first: it applies the schema to both databases and registers them; node 2 then finds them ready.
  start_node 1; wait_ready 1
  start_node 2; wait_ready 2
  start_proxy 1 2
  curl -fsS -m 5 -o /dev/null "$proxy/health/ready"
  log "up: nginx $proxy -> nodes :$(api_port 1) :$(api_port 2); PostgreSQL :$(pg_port 1) (registry, db1) :$(pg_port 2) (db2)"
  log "system administrator key in ${state#"$root"/}/admin-key"
}

down() {
  stop_proxy
  stop_node 1; stop_node 2
  pg 1 down 2>/dev/null || true; pg 2 down 2>/dev/null || true
  log "down"
}

status() {
  local n
  for n in 1 2; do if node_pid "$n" >/dev/null; then echo "node $n: pid $(node_pid "$n"), ready: $(ready "$n" && echo yes || echo no)"; else echo "node $n: stopped"; fi; done
  for n in 1 2; do pg "$n" status || true; done
  proxy_running && echo "nginx: $proxy" || echo "nginx: stopped"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  check) up; source scripts/fleet/check.sh ;;
  bench) up; source scripts/fleet/bench.sh ;;
  *) echo "usage: $0 up|check|bench|down|status" >&2; exit 2 ;;
esac
