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

# Checks that drive the running system from outside (the http/ files, generated clients, linters,
# browsers...): each prints "<name>: N passed, N failed" as its last such line, and counts here.
# Add one by dropping an executable script into scripts/checks/.
for check in scripts/http-check.sh scripts/checks/*.sh; do
  [ -x "$check" ] || continue
  echo
  out=$("$check" 2>&1) || status=$?
  printf '%s\n' "$out"
  line=$(printf '%s\n' "$out" | grep -E '^[A-Za-z0-9 /._-]+: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
  if [ -z "$line" ]; then echo "$check: printed no totals line"; failed=$((failed + 1)); continue; fi
  passed=$((passed + $(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')))
  failed=$((failed + $(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')))
done
# A build or host crash can leave no failed test behind: count it as a failure, never as green.
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo
echo "$line"
[ "$failed" -eq 0 ]
