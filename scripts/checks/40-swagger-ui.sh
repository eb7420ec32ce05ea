#!/usr/bin/env bash
# Swagger UI in a real browser: Debian's headless Chromium (installed with apt-get when missing; no browser
# download), driven by playwright-core, opens /swagger, authorizes with a key, executes GET /v1/me and reads the
# 200 shown on the page. Prints "swagger-ui: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/checks/lib/api.sh
port=$(( ${VA_HTTP_CHECK_PORT:-5097} + 3000 ))
if [ ! -x /usr/bin/chromium ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium; } >/dev/null 2>&1 \
    || { echo "chromium could not be installed"; echo "swagger-ui: 0 passed, 1 failed"; exit 1; }
fi
if ! start_api "$port"; then echo "swagger-ui: 0 passed, 1 failed"; exit 1; fi
# The browser authorizes with a consultant key of a fresh tenant, as a person would.
tenant="t-ui-$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
curl -sf -X POST "$API_URL/v1/admin/tenants" -H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d "{\"id\": \"$tenant\", \"name\": \"Swagger UI check\"}" >/dev/null
key=$(curl -sf -X POST "$API_URL/v1/admin/tenants/$tenant/keys" -H "X-Api-Key: $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"name": "swagger-ui (consultant)", "role": "consultant"}' | sed -E 's/.*"key":"([^"]+)".*/\1/')
npm_ci tools
timeout 120 node tools/swagger-ui.mjs "$API_URL" "$key"
