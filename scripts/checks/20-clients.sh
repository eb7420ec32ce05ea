#!/usr/bin/env bash
# Generated clients, used unchanged: fetches the live OpenAPI document from a started API, generates a C# client
# with NSwag 14.8.0 (Newtonsoft.Json and System.Text.Json variants) and a TypeScript client (openapi-typescript +
# openapi-fetch, type-checked by tsc), and runs the integrator's scenario (clients/) with each. The generated
# code lands in clients/*/generated (ignored by git). Prints "clients: N passed, N failed" (one per scenario step).
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/checks/lib/api.sh
port=$(( ${VA_HTTP_CHECK_PORT:-5097} + 1000 ))
passed=0; failed=0
count() { # adds the "<name>: N passed, N failed" line of a scenario's output to the totals
  local line; line=$(printf '%s\n' "$1" | grep -E ': [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + $(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')))
  failed=$((failed + $(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')))
}
fail() { echo "$1"; failed=$((failed + 1)); }

# A small allowance, so that the scenario's 429 step reaches the limit quickly; the other steps stay under it.
if start_api "$port" RateLimits__PermitsPerSecond=20 RateLimits__Burst=60; then
  document="$API_URL/swagger/v1/swagger.json"

  # C#: the generator program, then the scenario compiled against each generated file.
  out=$(dotnet run --project clients/csharp/Generator -c Release -- "$document" clients/csharp/generated 2>&1) \
    || fail "NSwag generation failed: $(printf '%s' "$out" | tail -5)"
  for variant in NewtonsoftJson SystemTextJson; do
    if build=$(dotnet build clients/csharp/Scenario -c Release -p:ClientVariant=$variant --nologo -v q 2>&1); then
      out=$(dotnet "clients/csharp/Scenario/bin/Release/net10.0/Scenario.$variant.dll" "$API_URL" "$ADMIN_KEY" 2>&1)
      printf '%s\n' "$out"; count "$out"
    else
      fail "the $variant client did not compile: $(printf '%s\n' "$build" | grep -E 'error' | sort -u | head -5)"
    fi
  done

  # TypeScript: types from the document, a tsc type check of the scenario against them, then the run.
  npm_ci clients/typescript
  if out=$(cd clients/typescript && npx openapi-typescript "$document" -o generated/schema.d.ts 2>&1 && npx tsc -p tsconfig.json 2>&1); then
    out=$(node clients/typescript/dist/scenario.js "$API_URL" "$ADMIN_KEY" 2>&1)
    printf '%s\n' "$out"; count "$out"
  else
    fail "the TypeScript client did not type-check: $(printf '%s\n' "$out" | tail -10)"
  fi
else
  fail "clients: the API did not start"
fi
echo "clients: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
