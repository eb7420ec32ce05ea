#!/usr/bin/env bash
# docker-compose.yml stays valid (docker-compose 1.29 from Debian, installed when missing; no engine needed),
# refuses to run without the system administrator key, binds ports to loopback only, and keeps the telemetry
# services behind their profile. Prints "compose: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
if ! command -v docker-compose >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq docker-compose; } >/dev/null 2>&1 \
    || { echo "docker-compose could not be installed"; echo "compose: 0 passed, 1 failed"; exit 1; }
fi
passed=0; failed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi; }
config=$(VA_ADMIN_KEY=check docker-compose -f docker-compose.yml config 2>&1)
# Reads the resolved configuration (python3-yaml comes with docker-compose) and prints what is wrong, if anything.
inspect() {
  printf '%s\n' "$config" | python3 -c '
import sys, yaml
services = yaml.safe_load(sys.stdin)["services"]
rule = sys.argv[1]
for name, service in services.items():
    if rule == "loopback":
        for port in service.get("ports", []):
            text = port if isinstance(port, str) else "{}:{}".format(port.get("host_ip", ""), port.get("published", ""))
            if not text.startswith("127.0.0.1:"): print(name, text)
    if rule == "restart" and service.get("restart") != "unless-stopped": print(name)
    if rule == "profiles" and name == "jaeger" and "telemetry" not in service.get("profiles", []): print(name)
    if rule == "profiles" and name != "jaeger" and service.get("profiles"): print(name)
' "$1"
}
check "docker-compose config is valid" 'VA_ADMIN_KEY=check docker-compose -f docker-compose.yml config -q'
check "it refuses to run without VA_ADMIN_KEY" '! env -u VA_ADMIN_KEY docker-compose -f docker-compose.yml config -q 2>/dev/null'
check "published ports are bound to 127.0.0.1" '[ -z "$(inspect loopback)" ]'
check "every service restarts unless stopped" '[ -z "$(inspect restart)" ]'
check "Jaeger only with --profile telemetry, PostgreSQL, the API nodes and nginx always" '[ -z "$(inspect profiles)" ]'
echo "compose: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
