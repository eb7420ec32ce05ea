#!/usr/bin/env bash
# Runs every test project against the private PostgreSQL, then the http/ files against a running API,
# and ends with one line that totals them all:
# "N passed, N failed" (", N skipped" when any were skipped).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results=.test-results
rm -rf "$results"
export ConnectionStrings__Marten="${ConnectionStrings__Marten:-$(scripts/pg.sh url vendoradvisor_tests)}"

status=0
dotnet test VendorAdvisor.sln -c Release --nologo --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$results" -- RunConfiguration.CollectSourceInformation=false || status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
[ "$files" -gt 0 ] || { echo "no test results were written"; status=1; }

# The http/ files, run against the API as a person would: each request is one test.
echo
http_out=$(scripts/http-check.sh 2>&1) || status=$?
printf '%s\n' "$http_out"
http_line=$(printf '%s\n' "$http_out" | grep -E '^http: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
passed=$((passed + $(printf '%s' "$http_line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0)))
failed=$((failed + $(printf '%s' "$http_line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0)))
# A build or host crash can leave no failed test behind: count it as a failure, never as green.
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo
echo "$line"
[ "$failed" -eq 0 ]
