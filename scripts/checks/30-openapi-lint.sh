#!/usr/bin/env bash
# Lints the live OpenAPI document with Redocly CLI's recommended rules (tools/redocly.yaml names each rule switched
# off and why). Passes with 0 errors and 0 warnings; each problem counts as one failure.
# Prints "openapi-lint: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/checks/lib/api.sh
port=$(( ${VA_HTTP_CHECK_PORT:-5097} + 2000 ))
document="/tmp/vendoradvisor-openapi-$port.json"
if ! start_api "$port" || ! curl -sf "$API_URL/swagger/v1/swagger.json" -o "$document"; then
  echo "openapi-lint: 0 passed, 1 failed"; exit 1
fi
npm_ci tools
out=$(cd tools && npx redocly lint "$document" --config redocly.yaml --format stylish 2>&1)
problems=$(printf '%s\n' "$out" | grep -cE '^\s+[0-9]+:[0-9]+\s+(error|warning)\s' || true)
valid=$(printf '%s\n' "$out" | grep -c 'Your API description is valid' || true)
printf '%s\n' "$out" | grep -vE '║|╔|╚' | grep -E '(error|warning)|valid|validated' | head -40
echo "redocly recommended: $problems problems"
if [ "$problems" -eq 0 ] && [ "$valid" -gt 0 ]; then echo "openapi-lint: 1 passed, 0 failed"; else echo "openapi-lint: 0 passed, $(( problems > 0 ? problems : 1 )) failed"; exit 1; fi
