#!/usr/bin/env bash
# Re-runs issue 10's probes, one request per reported instance, against a running API, and counts 5xx,
# errors that are not problem+json, and Marten tombstones shown in the tenant's audit feed.
#   API=http://127.0.0.1:5080 ADMIN=$(cat .local/admin-key) scripts/bench/probe-errors.sh
# Needs curl and jq. Creates a tenant of its own.
set -uo pipefail
API=${API:-http://127.0.0.1:5080}; ADMIN=${ADMIN:?the system administrator key}
J='Content-Type: application/json'
T=probe-$RANDOM$RANDOM
curl -s -X POST $API/v1/admin/tenants -H "X-Api-Key: $ADMIN" -H "$J" -d "{\"id\":\"$T\",\"name\":\"Probe\"}" >/dev/null
TA=$(curl -s -X POST $API/v1/admin/tenants/$T/keys -H "X-Api-Key: $ADMIN" -H "$J" -d '{"name":"ta","role":"admin"}' | jq -r .key)
KEY=$(curl -s -X POST $API/v1/admin/tenants/$T/keys -H "X-Api-Key: $TA" -H "$J" -d '{"name":"c","role":"consultant"}' | jq -r .key)
body=$(mktemp); trap 'rm -f $body' EXIT
P=$(curl -s -X POST $API/v1/profiles -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' -d '{"name":"probe","sector":"gaming","origin":"domestic"}' | jq -r .id)
sent=0; five=0; nonproblem=0
r() { local label=$1; shift; sent=$((sent+1)); out=$(curl -s -o $body -w '%{http_code} %{content_type}' "$@"); code=${out%% *}; ct=${out#* };
  [ "$code" -ge 500 ] && five=$((five+1)); if [ "$code" -ge 400 ] && [[ "$ct" != application/problem+json* ]]; then nonproblem=$((nonproblem+1)); fi
  printf '%-48s %s %s\n' "$label" "$code" "$ct"; }

r "401 Accept text/html" $API/v1/vendors -H 'Accept: text/html'
r "401 bogus key Accept text/html" $API/v1/vendors -H 'Accept: text/html' -H "X-Api-Key: bogus"
r "403 Accept text/html" -X POST $API/v1/admin/tenants -H 'Accept: text/html' -H "X-Api-Key: $KEY" -H "$J" -d '{}'
r "415 no content type" -X POST $API/v1/profiles -H "X-Api-Key: $KEY" -H 'Content-Type:' --data-binary '{"name":"x"}'
r "404 unknown route Accept text/html" $API/nope -H 'Accept: text/html'
r "405 Accept text/html" -X PUT $API/v1/vendors -H "X-Api-Key: $KEY" -H 'Accept: text/html'
r "414 20 KB URL" "$API/v1/vendors?x=$(head -c 20000 /dev/zero | tr '\0' a)"
r "431 40 KB header" $API/v1/vendors -H "X-Big: $(head -c 40000 /dev/zero | tr '\0' a)"
r "NUL profile name" -X POST $API/v1/profiles -H "X-Api-Key: $KEY" -H "$J" -d '{"name":"a\u0000b","sector":"gaming","origin":"domestic"}'
r "NUL tenant name" -X POST $API/v1/admin/tenants -H "X-Api-Key: $ADMIN" -H "$J" -d '{"id":"nul-t","name":"a\u0000"}'
r "NUL key name" -X POST $API/v1/admin/tenants/$T/keys -H "X-Api-Key: $ADMIN" -H "$J" -d '{"name":"a\u0000","role":"auditor"}'
r "NUL override rationale" -X PUT $API/v1/catalog/overrides/aws-china/price -H "X-Api-Key: $TA" -H "$J" -d '{"score":5,"uncertainty":1,"rationale":"a\u0000"}'
for f in search; do r "NUL ?$f" "$API/v1/profiles?$f=a%00b" -H "X-Api-Key: $KEY"; done
for f in type actor stream; do r "NUL ?$f" "$API/v1/audit/events?$f=a%00b" -H "X-Api-Key: $TA"; done
for b in '{"minimumScores":null}' '{"excludedVendors":null}'; do
  r "null in constraints (create) $b" -X POST $API/v1/profiles -H "X-Api-Key: $KEY" -H "$J" -d "{\"name\":\"n\",\"sector\":\"gaming\",\"origin\":\"domestic\",\"constraints\":$b}"
  r "null in constraints (evaluate) $b" -X POST $API/v1/evaluate -H "X-Api-Key: $KEY" -H "$J" -d "{\"name\":\"n\",\"sector\":\"gaming\",\"origin\":\"domestic\",\"constraints\":$b}"
  E=$(curl -s -D - -o /dev/null $API/v1/profiles/$P -H "X-Api-Key: $KEY" | grep -i etag | cut -d' ' -f2 | tr -d '\r')
  r "null in constraints (PATCH) $b" -X PATCH $API/v1/profiles/$P -H "X-Api-Key: $KEY" -H "If-Match: $E" -H "$J" -d "{\"constraints\":$b}"
done
r "page=2147483647 profiles" "$API/v1/profiles?page=2147483647" -H "X-Api-Key: $KEY"
r "page=2147483647 recommendations" "$API/v1/profiles/$P/recommendations?page=2147483647" -H "X-Api-Key: $KEY"
Z=00000000-0000-0000-0000-000000000000
r "empty GUID PATCH" -X PATCH $API/v1/profiles/$Z -H "X-Api-Key: $KEY" -H 'If-Match: "1"' -H "$J" -d '{"name":"x"}'
r "empty GUID DELETE" -X DELETE $API/v1/profiles/$Z -H "X-Api-Key: $KEY" -H 'If-Match: "1"'
r "empty GUID issue" -X POST $API/v1/profiles/$Z/recommendations -H "X-Api-Key: $KEY"
r "unknown field" -X POST $API/v1/profiles -H "X-Api-Key: $KEY" -H "$J" -d '{"name":"n","sector":"gaming","origin":"domestic","priceSensitivty":"high"}'
r "duplicate role key" -X POST $API/v1/admin/tenants/$T/keys -H "X-Api-Key: $TA" -H "$J" -d '{"name":"dup","role":"auditor","role":"admin"}'
r "seed -1" -X POST $API/v1/profiles/$P/recommendations -H "X-Api-Key: $KEY" -H "$J" -d '{"seed":-1,"samples":0}'
r "duplicate tenant" -X POST $API/v1/admin/tenants -H "X-Api-Key: $ADMIN" -H "$J" -d "{\"id\":\"$T\",\"name\":\"again\"}"
for i in 1 2 3; do r "key $i" -X POST $API/v1/admin/tenants/$T/keys -H "X-Api-Key: $TA" -H "$J" -d "{\"name\":\"k$i\",\"role\":\"auditor\"}"; done
tomb=$(curl -s "$API/v1/audit/events?limit=1000" -H "X-Api-Key: $TA" | jq '[.items[] | select(.type=="tombstone")] | length')
echo "probes: $sent requests, $five 5xx, $nonproblem non-problem errors, $tomb tombstones in the tenant's feed"
