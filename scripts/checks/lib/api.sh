# Sourced by the checks beside it (not run on its own: scripts/test.sh runs only scripts/checks/*.sh).
# start_api PORT [VAR=value...]: builds the API in Release (a no-op after `dotnet test -c Release`), starts it in
# Production on 127.0.0.1:PORT against the test database with a fresh system administrator key in $ADMIN_KEY,
# waits until it is ready, and stops it when the calling script exits. Sets $API_URL and $API_LOG.
start_api() {
  local port=$1; shift
  API_URL="http://127.0.0.1:$port"
  API_LOG="/tmp/vendoradvisor-check-api-$port.log"
  ADMIN_KEY="va_admin_check_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  dotnet build src/VendorAdvisor.Api -c Release --nologo -v q >/dev/null || return 1
  env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Marten="$(scripts/pg.sh url vendoradvisor_tests)" \
    Admin__ApiKey="$ADMIN_KEY" Logging__LogLevel__Default=Warning "$@" \
    dotnet src/VendorAdvisor.Api/bin/Release/net10.0/VendorAdvisor.Api.dll --urls "$API_URL" >"$API_LOG" 2>&1 &
  API_PID=$!
  trap 'kill $API_PID 2>/dev/null; wait $API_PID 2>/dev/null' EXIT
  for _ in $(seq 1 120); do
    curl -sf "$API_URL/health/ready" >/dev/null && return 0
    kill -0 $API_PID 2>/dev/null || break
    sleep 0.5
  done
  echo "the API did not start; its log:"; tail -20 "$API_LOG"
  return 1
}

# npm_ci DIR: installs the pinned packages of DIR/package-lock.json once.
npm_ci() {
  [ -d "$1/node_modules" ] || npm ci --prefix "$1" --no-audit --no-fund --loglevel=error >/dev/null
}
