#!/usr/bin/env bash
# Checks, through the gateway of the local run, issue 3's end-to-end promise: a citizen's web-form
# complaint is handled by its district bureau to closed with a reply, the citizen tracks and rates it,
# and another district's admin cannot see it. Starts ./run.sh unless one already answers on :8080.
# Exits non-zero when a check fails. Needs curl and jq.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/local-run-lib.sh"
cd "$ROOT"

GATEWAY=http://localhost:8080
passed=0
failed=0
WORK="$(mktemp -d)"
trap 'kill_run; rm -rf "$WORK"' EXIT

check() { # check NAME EXPECTED ACTUAL
  if [[ "$2" == "$3" ]]; then
    echo "PASS  $1"
    passed=$((passed + 1))
  else
    echo "FAIL  $1: expected $2, got $3 $(head -c 300 "$WORK/body")"
    failed=$((failed + 1))
  fi
}

# call METHOD PATH [TOKEN] [JSON]: prints the status; the body is left in $WORK/body.
call() {
  local args=(-s -o "$WORK/body" -w '%{http_code}' -X "$1" "$GATEWAY$2")
  [[ -n "${3:-}" ]] && args+=(-H "Authorization: Bearer $3")
  [[ -n "${4:-}" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$4")
  curl "${args[@]}"
}

token_of() {
  curl -s -X POST "$GATEWAY/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"hotline\"}" | jq -r .access_token
}

if ! port_in_use 8080; then
  require_free_ports
  ./run.sh --build-only || exit 1
  mkdir -p data/logs
  start_run "$ROOT/data/logs/smoke-complaints-run.out"
  wait_ready 300 || { echo "FAIL  the local run did not become ready"; cat "$RUN_OUT"; exit 1; }
fi

xuhui=$(token_of xuhui-admin)
jiading=$(token_of jiading-admin)

status=$(call POST /api/v1/complaints "" '{"category":"NIGHT_CONSTRUCTION_NOISE","description":"工地夜间施工噪声扰民，凌晨两点仍在打桩","district":"xuhui","address":"徐汇区天平路 100 号","location":{"lat":31.2,"lng":121.44},"reporter":{"name":"张三","phone":"13812345678"},"channel":"WEB"}')
check "a citizen submits the web form without a token (201)" 201 "$status"
id=$(jq -r .id "$WORK/body")
tracking=$(jq -r .trackingNumber "$WORK/body")
rating_code=$(jq -r .ratingCode "$WORK/body")
check "the complaint goes to its district at once (ASSIGNED)" ASSIGNED "$(jq -r .status "$WORK/body")"

check "the Jiading admin cannot see the Xuhui complaint (404)" 404 "$(call GET "/api/v1/complaints/$id" "$jiading")"
check "the Xuhui admin sees it (200)" 200 "$(call GET "/api/v1/complaints/$id" "$xuhui")"

check "closing before a reply is refused (409)" 409 "$(call POST "/api/v1/complaints/$id/close" "$xuhui")"
check "the district bureau accepts it" 200 "$(call POST "/api/v1/complaints/$id/accept" "$xuhui")"
check "and resolves it" 200 "$(call POST "/api/v1/complaints/$id/resolve" "$xuhui" '{"summary":"已责令工地停止夜间施工并立案查处"}')"
check "and replies to the citizen" 200 "$(call POST "/api/v1/complaints/$id/reply" "$xuhui" '{"message":"您反映的夜间施工问题已查处，工地已停工整改。","channel":"PHONE"}')"
check "and closes it" 200 "$(call POST "/api/v1/complaints/$id/close" "$xuhui")"
check "the case is CLOSED" CLOSED "$(jq -r .status "$WORK/body")"

check "the citizen tracks it by tracking number $tracking" 200 "$(call GET "/api/v1/complaints/track/$tracking")"
check "the public view shows CLOSED" CLOSED "$(jq -r .status "$WORK/body")"
check "the public view carries no phone number" 0 "$(grep -c 13812345678 "$WORK/body")"
check "the citizen rates the answer" 200 "$(call POST "/api/v1/complaints/track/$tracking/rating" "" '{"score":5,"comment":"处理及时，满意","ratingCode":"'"$rating_code"'"}')"
check "a second rating is refused (409)" 409 "$(call POST "/api/v1/complaints/track/$tracking/rating" "" '{"score":4,"comment":"again","ratingCode":"'"$rating_code"'"}')"

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
