#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests: installed from the distribution's packages
# when missing, kept in .pg/ (ignored), listening on loopback only, on a non-default port.
#   scripts/pg.sh up       install if needed, create the cluster and databases if needed, start it
#   scripts/pg.sh down     stop it
#   scripts/pg.sh status   say whether it runs
#   scripts/pg.sh url      print the connection string the API and tests use
# Idempotent: `up` on a running cluster only checks it. Port: VA_PG_PORT (default 55432); state folder:
# VA_PG_STATE (default .pg; scripts/fleet.sh keeps one per cluster).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${VA_PG_PORT:-55432}
user=vendoradvisor
password=vendoradvisor   # a throwaway credential for a loopback-only development cluster
databases=(vendoradvisor vendoradvisor_tests)
state="${VA_PG_STATE:-$root/.pg}"
mkdir -p "$state"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_owner() {
  # initdb and postgres refuse to run as root: run them as the distribution's postgres user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_postgres() {
  [ -n "$(pg_bin)" ] && return 0
  echo "pg: installing PostgreSQL from the distribution's packages" >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

data_dir() {
  # The cluster lives in .pg/data, unless the postgres user cannot reach the checkout (a clone under
  # /root, say): then it lives under /var/tmp and .pg/data is a link to it.
  if [ -L "$state/data" ] || [ -d "$state/data" ]; then readlink -f "$state/data"; return; fi
  if [ "$(id -u)" != 0 ] || runuser -u postgres -- test -w "$state" 2>/dev/null; then
    echo "$state/data"; return
  fi
  local key=$root; [ "$state" = "$root/.pg" ] || key=$state
  local outside="/var/tmp/vendoradvisor-pg-$(printf '%s' "$key" | sha1sum | cut -c1-10)"
  mkdir -p "$outside"; chown postgres: "$outside"; chmod 700 "$outside"
  ln -sfn "$outside" "$state/data"
  echo "$outside"
}

is_ready() { "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$port"; }

psql_admin() { PGPASSWORD=$password "$(pg_bin)/psql" -h 127.0.0.1 -p "$port" -U "$user" -v ON_ERROR_STOP=1 -qAt "$@"; }

up() {
  install_postgres
  local bin; bin=$(pg_bin)
  local data; data=$(data_dir)
  if [ "$(id -u)" = 0 ]; then [ "$state/data" = "$data" ] && chown postgres: "$state"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"; [ "$(id -u)" = 0 ] && chown postgres: "$data"
    local pwfile; pwfile=$(mktemp); printf '%s\n' "$password" >"$pwfile"; chmod 644 "$pwfile"
    as_owner "$bin/initdb" -D "$data" -U "$user" --pwfile="$pwfile" --auth-host=scram-sha-256 \
      --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
  fi
  if ! is_ready; then
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c max_connections=200" start >/dev/null
  fi
  for _ in $(seq 1 60); do is_ready && break; sleep 0.5; done
  is_ready || { echo "pg: not accepting connections on 127.0.0.1:$port (see $data/server.log)" >&2; exit 1; }
  for db in "${databases[@]}"; do
    if [ -z "$(psql_admin -d postgres -c "select 1 from pg_database where datname = '$db'")" ]; then
      psql_admin -d postgres -c "create database $db"
    fi
  done
  echo "pg: up on 127.0.0.1:$port (data in $data)" >&2
}

down() {
  local data; data=$(readlink -f "$state/data" 2>/dev/null || true)
  if [ -n "$data" ] && [ -f "$data/postmaster.pid" ]; then
    as_owner "$(pg_bin)/pg_ctl" -D "$data" -m fast -w stop >/dev/null && echo "pg: stopped" >&2
  else
    echo "pg: not running" >&2
  fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) if [ -n "$(pg_bin)" ] && is_ready; then echo "pg: running on 127.0.0.1:$port"; else echo "pg: not running"; exit 1; fi ;;
  url) echo "Host=127.0.0.1;Port=$port;Database=${2:-vendoradvisor};Username=$user;Password=$password" ;;
  *) echo "usage: $0 up|down|status|url [database]" >&2; exit 2 ;;
esac
