#!/usr/bin/env bash
# Lints the live OpenAPI document twice: with Redocly CLI's recommended rules (tools/redocly.yaml) and with
# Spectral's `spectral:oas` rules (tools/spectral.yaml); each config names the rules switched off and why. Each
# linter passes with 0 problems of any severity; each problem counts as one failure.
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
passed=0; failed=0

out=$(cd tools && npx redocly lint "$document" --config redocly.yaml --format stylish 2>&1)
problems=$(printf '%s\n' "$out" | grep -cE '^\s+[0-9]+:[0-9]+\s+(error|warning)\s' || true)
valid=$(printf '%s\n' "$out" | grep -c 'Your API description is valid' || true)
printf '%s\n' "$out" | grep -vE '║|╔|╚' | grep -E '(error|warning)|valid|validated' | head -40
echo "redocly recommended: $problems problems"
if [ "$problems" -eq 0 ] && [ "$valid" -gt 0 ]; then passed=$((passed + 1)); else failed=$((failed + (problems > 0 ? problems : 1))); fi

# --fail-severity hint: Spectral exits non-zero on a problem of any severity, and on a document or ruleset it
# cannot read, so a crash never passes for a clean document.
out=$(cd tools && npx spectral lint "$document" --ruleset spectral.yaml --format text --fail-severity hint 2>&1); status=$?
problems=$(printf '%s\n' "$out" | grep -cE ':[0-9]+:[0-9]+ (error|warning|information|hint) ' || true)
printf '%s\n' "$out" | head -40
echo "spectral oas: $problems problems"
if [ "$status" -eq 0 ] && [ "$problems" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + (problems > 0 ? problems : 1))); fi

echo "openapi-lint: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
