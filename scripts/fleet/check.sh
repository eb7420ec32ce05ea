# The fleet's scenario, sourced by scripts/fleet.sh check once the fleet is up. Everything goes through
# nginx unless it says otherwise. Prints one line per thing checked and ends with "fleet: N passed, N failed".
passed=0 failed=0
run_id=$(date +%s)-$$
ADMIN=$(admin_key)
ok() { passed=$((passed + 1)); printf '  ok    %s\n' "$*"; }
bad() { failed=$((failed + 1)); printf '  FAIL  %s\n' "$*"; }
expect() { if [ "$1" = "$2" ]; then ok "$3"; else bad "$3 (got $1, expected $2)"; fi; }
# call METHOD URL KEY [BODY] [extra curl args...]: prints the status, the body goes to $state/last
call() {
  local method=$1 url=$2 key=$3 body=${4:-}
  local args=(-s -m 15 -o "$state/last" -D "$state/last-headers" -w '%{http_code}' -X "$method" -H "X-Api-Key: $key")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
  curl "${args[@]}" "${@:5}" "$url" || true
}
field() { jq -r "$1" "$state/last" 2>/dev/null; }

echo "fleet check: nginx $proxy, nodes :$(api_port 1) :$(api_port 2), clusters :$(pg_port 1) :$(pg_port 2)"

# 1. Tenants on both clusters: one named on each database, one placed by Marten on the least loaded.
declare -A key_of auditor_of db_of profile_of
for spec in "db1:fa-$run_id" "db2:fb-$run_id" "auto:fc-$run_id"; do
  db=${spec%%:*} tenant=${spec#*:}
  body="{\"id\":\"$tenant\",\"name\":\"Fleet $tenant\"$([ "$db" = auto ] || echo ",\"database\":\"$db\"")}"
  expect "$(call POST "$proxy/v1/admin/tenants" "$ADMIN" "$body")" 201 "tenant $tenant created (database: $db)"
  placed=$(field .database)
  [ "$db" = auto ] || expect "$placed" "$db" "tenant $tenant is recorded on $db"
  expect "$(call GET "$proxy/v1/admin/tenants/$tenant" "$ADMIN")" 200 "GET /v1/admin/tenants/$tenant answers"
  expect "$(field .database)" "$placed" "GET /v1/admin/tenants/$tenant shows database $placed"
  db_of[$tenant]=$placed
  call POST "$proxy/v1/admin/tenants/$tenant/keys" "$ADMIN" '{"name":"fleet consultant","role":"consultant"}' >/dev/null
  key_of[$tenant]=$(field .key)
  call POST "$proxy/v1/admin/tenants/$tenant/keys" "$ADMIN" '{"name":"fleet auditor","role":"auditor"}' >/dev/null
  auditor_of[$tenant]=$(field .key)
done
tenants=("fa-$run_id" "fb-$run_id" "fc-$run_id")
a=${tenants[0]} b=${tenants[1]}
call GET "$proxy/v1/admin/tenants" "$ADMIN" >/dev/null
expect "$(jq -r "[.items[] | select(.id == \"$a\" or .id == \"$b\") | .database] | sort | join(\",\")" "$state/last")" "db1,db2" \
  "the system administrator lists tenants of both databases, with their database"

# 2. Every key resolves on every node (keys live in the registry database).
for tenant in "${tenants[@]}"; do
  for n in 1 2; do
    expect "$(call GET "http://127.0.0.1:$(api_port "$n")/v1/me" "${key_of[$tenant]}")" 200 "$tenant's key works on node $n directly"
  done
done

# 3. Profiles and recommendations on both clusters.
for tenant in "${tenants[@]}"; do
  expect "$(call POST "$proxy/v1/profiles" "${key_of[$tenant]}" "$(cat seeds/profiles/mobile-game-studio.json)")" 201 "$tenant: profile created"
  profile_of[$tenant]=$(field .id)
  expect "$(call POST "$proxy/v1/profiles/${profile_of[$tenant]}/recommendations" "${key_of[$tenant]}" '{"samples":500}')" 201 \
    "$tenant: recommendation issued"
done

# 4. Writes through nginx while node 1 is killed (SIGKILL) mid-run: each write carries an Idempotency-Key
#    and is retried with it until acknowledged; afterwards every acknowledged write is there, once. A write
#    the killed node had begun holds its key for a minute (IdempotencyKeys.Abandoned) and answers 409
#    meanwhile: the client keeps retrying with the same key, so this step can take a minute.
declare -A acked
writes=24
killed=""
for i in $(seq 1 "$writes"); do
  # Killed after a third of the writes, not after a time: on a fast machine a timer fired after the last write.
  if [ "$i" = $(( writes / 3 + 1 )) ] && pid=$(node_pid 1); then
    kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; killed=1
  fi
  tenant=${tenants[$((i % 2))]}
  deadline=$(( $(date +%s) + 90 ))
  while :; do
    status=$(call POST "$proxy/v1/profiles/${profile_of[$tenant]}/recommendations" "${key_of[$tenant]}" '{"samples":2000}' \
      -H "Idempotency-Key: fleet-$run_id-$i")
    [ "$status" = 201 ] && break
    [ "$(date +%s)" -lt "$deadline" ] || break
    sleep 0.5
  done
  if [ "$status" = 201 ]; then acked[$i]="$tenant $(field .id)"; fi
done
if [ -n "$killed" ] && ! node_pid 1 >/dev/null; then ok "node 1 was killed mid-run (SIGKILL, after $(( writes / 3 )) writes)"; else bad "node 1 was killed mid-run"; fi
expect "${#acked[@]}" "$writes" "all $writes writes were acknowledged, retried with their Idempotency-Key through the kill"
lost=0
for i in "${!acked[@]}"; do
  set -- ${acked[$i]}
  [ "$(call GET "$proxy/v1/recommendations/$2" "${key_of[$1]}")" = 200 ] || lost=$((lost + 1))
done
expect "$lost" 0 "no acknowledged write lost: each acknowledged recommendation reads back"
for tenant in "$a" "$b"; do
  call GET "$proxy/v1/profiles/${profile_of[$tenant]}/recommendations?limit=100" "${key_of[$tenant]}" >/dev/null
  want=$(( 1 + writes / 2 ))
  expect "$(field .total)" "$want" "$tenant: exactly $want recommendations stored (retries did not double any)"
done
expect "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(api_port 2)/health/ready")" 200 "node 2 kept serving"

# 5. An auditor reads each tenant's feed, page by page, alternating nodes (cursors work on any node).
start_node 1; wait_ready 1 && ok "node 1 restarted and ready"
for tenant in "${tenants[@]}"; do
  after="" pages=0 events=0 issued=0 broken=0
  while :; do
    n=$(( pages % 2 + 1 ))
    status=$(call GET "http://127.0.0.1:$(api_port "$n")/v1/audit/events?limit=5${after:+&after=$after}" "${auditor_of[$tenant]}")
    [ "$status" = 200 ] || { broken=1; break; }
    pages=$((pages + 1)); events=$((events + $(field '.items | length')))
    issued=$((issued + $(field '[.items[] | select(.type == "recommendation_issued")] | length')))
    after=$(field '.next // empty'); [ -n "$after" ] || break
    [ "$pages" -lt 50 ] || break
  done
  expect "$broken" 0 "$tenant: auditor paged the feed over both nodes ($pages pages, $events events, $issued recommendations)"
  [ "$issued" -ge 1 ] && ok "$tenant: the feed holds its recommendations" || bad "$tenant: the feed holds no recommendation"
  call GET "$proxy/v1/audit/verify" "${auditor_of[$tenant]}" >/dev/null
  expect "$(field .valid)" true "$tenant: audit chain verifies"
done

# 5b. Live audit streams across nodes: an auditor of a tenant on each database follows its trail (SSE) through
#     nginx, which puts the stream on one node; a profile is then written directly on node 1 and another on
#     node 2, so one of the two writes went through the node not serving the stream. Both must arrive, in
#     order, with the feed's cursors.
for tenant in "$a" "$b"; do
  sse="$state/sse-$tenant"
  : >"$sse"
  curl -sN -m 30 -H "X-Api-Key: ${auditor_of[$tenant]}" -H 'Accept: text/event-stream' "$proxy/v1/audit/stream?type=profile_created" >"$sse" 2>/dev/null &
  reader=$!
  opened=""
  for _ in $(seq 1 40); do grep -q '^event: ready' "$sse" && { opened=1; break; }; sleep 0.25; done
  [ -n "$opened" ] && ok "$tenant (${db_of[$tenant]}): auditor's live stream opened through nginx" || bad "$tenant: the live stream did not open"
  written=()
  for n in 1 2; do
    call POST "http://127.0.0.1:$(api_port "$n")/v1/profiles" "${key_of[$tenant]}" '{"name":"Live on node '"$n"'","sector":"gaming","origin":"domestic"}' >/dev/null
    written+=("$(field .id)")
  done
  seen=""
  for _ in $(seq 1 60); do
    seen=$(sed -n 's/^data: //p' "$sse" | jq -r 'select(.streamId) | .streamId' 2>/dev/null | paste -sd' ' -)
    [ "$seen" = "${written[*]}" ] && break
    sleep 0.25
  done
  kill "$reader" 2>/dev/null; wait "$reader" 2>/dev/null || true
  expect "$seen" "${written[*]}" "$tenant (${db_of[$tenant]}): the stream saw the writes made on node 1 and on node 2, in order"
  call GET "$proxy/v1/audit/events?type=profile_created&limit=100" "${auditor_of[$tenant]}" >/dev/null
  expect "$(sed -n 's/^id: //p' "$sse" | tail -n 2 | paste -sd' ' -)" "$(field '[.items[-2:][] | .sequence] | join(" ")')" \
    "$tenant: the stream's event ids are the feed's cursors"
done

# 6. Graceful stop: node 2 gets SIGTERM while requests flow; it reports not-ready, finishes what it has,
#    and no request through nginx fails.
(for i in $(seq 1 40); do call GET "$proxy/v1/profiles/${profile_of[$a]}" "${key_of[$a]}"; echo; done >"$state/drain-statuses") &
flow=$!
sleep 0.5
kill -TERM "$(node_pid 2)"
sleep 0.5
expect "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(api_port 2)/health/ready")" 503 "node 2, stopping, reports not ready while it drains"
wait "$flow" || true
expect "$(grep -cv '^200$' "$state/drain-statuses")" 0 "no request failed while node 2 drained and stopped ($(wc -l <"$state/drain-statuses") requests)"
stop_node 2
start_node 2; wait_ready 2 && ok "node 2 restarted and ready"

# 7. Cluster 2 stopped: its tenants get 503 problem details with Retry-After; the others are unaffected.
pg 2 down 2>/dev/null
status=$(call GET "$proxy/v1/profiles" "${key_of[$b]}")
expect "$status" 503 "$b (on db2, cluster stopped): 503"
grep -qi '^retry-after:' "$state/last-headers" && ok "$b: Retry-After given" || bad "$b: no Retry-After"
grep -qi '^content-type: application/problem+json' "$state/last-headers" && ok "$b: problem details" || bad "$b: not problem details"
expect "$(call GET "$proxy/v1/profiles" "${key_of[$a]}")" 200 "$a (on db1): reads unaffected"
expect "$(call POST "$proxy/v1/profiles/${profile_of[$a]}/recommendations" "${key_of[$a]}" '{"samples":0}')" 201 "$a (on db1): writes unaffected"
for n in 1 2; do expect "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(api_port "$n")/health/ready")" 200 "node $n stays ready"; done
pg 2 up 2>/dev/null
# Each node's pool may still hold connections the restart broke: a request that draws one gets 503 with
# Retry-After, as during the outage. Clients retry (writes with their Idempotency-Key) until it passes.
recovered="" wrote=""
for _ in $(seq 1 30); do [ "$(call GET "$proxy/v1/profiles" "${key_of[$b]}")" = 200 ] && { recovered=1; break; }; sleep 1; done
[ -n "$recovered" ] && ok "$b reads again once cluster 2 is back" || bad "$b could not read within 30 s of cluster 2 restarting"
for _ in $(seq 1 30); do
  [ "$(call POST "$proxy/v1/profiles/${profile_of[$b]}/recommendations" "${key_of[$b]}" '{"samples":0}' -H "Idempotency-Key: fleet-$run_id-back")" = 201 ] \
    && { wrote=1; break; }
  sleep 1
done
[ -n "$wrote" ] && ok "$b writes again" || bad "$b could not write within 30 s of cluster 2 restarting"
for n in 1 2; do
  served=""
  for _ in $(seq 1 10); do
    [ "$(call GET "http://127.0.0.1:$(api_port "$n")/v1/profiles/${profile_of[$b]}" "${key_of[$b]}")" = 200 ] && { served=1; break; }
    sleep 1
  done
  [ -n "$served" ] && ok "$b: node $n serves it again" || bad "$b: node $n did not serve it within 10 s"
done

echo "fleet: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
