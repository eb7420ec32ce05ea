#!/usr/bin/env bash
# Runs every http/*.http file against a freshly started API, as a person would with httpyac, so that a
# stale .http file fails the build instead of misleading the next reader. Each request asserts its
# status. Prints one line per file and, last, "http: N passed, N failed" for scripts/test.sh to add up.
# Builds the API in Release (a no-op after `dotnet test -c Release`); PostgreSQL must be up (scripts/pg.sh up).
set -uo pipefail
cd "$(dirname "$0")/.."
port=${VA_HTTP_CHECK_PORT:-5097}
url="http://127.0.0.1:$port"
admin_key="va_admin_http_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"

[ -x http/node_modules/.bin/httpyac ] || npm ci --prefix http --no-audit --no-fund --loglevel=error >/dev/null
dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >/dev/null || { echo "http: 0 passed, 1 failed (the API did not build)"; exit 1; }

ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url vendoradvisor_tests)" Admin__ApiKey="$admin_key" \
  Logging__LogLevel__Default=Warning dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "$url" >"/tmp/http-check-api-$port.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf "$url/health/ready" >/dev/null && break; sleep 0.5; done

passed=0; failed=0
for file in http/*.http; do
  out=$(VA_ADMIN_KEY="$admin_key" http/node_modules/.bin/httpyac send "$file" --all --env local --var baseUrl="$url" \
        --output none --output-failed exchange 2>&1)
  summary=$(printf '%s\n' "$out" | grep -E 'requests processed' | tail -n 1)
  total=$(printf '%s' "$summary" | grep -oE '^[0-9]+' || echo 0)
  ok=$(printf '%s' "$summary" | grep -oE '[0-9]+ succeeded' | grep -oE '[0-9]+' || echo 0)
  bad=$(( total - ok )); [ "$total" -gt 0 ] || bad=1
  passed=$(( passed + ok )); failed=$(( failed + bad ))
  echo "$file: $ok of $total requests passed"
  [ "$bad" -eq 0 ] || printf '%s\n' "$out" | grep -E '✖|HTTP/' | head -20
done
echo "http: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
