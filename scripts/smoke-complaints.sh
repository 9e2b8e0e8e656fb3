#!/usr/bin/env bash
# Checks, through the gateway of the local run, issue 3's end-to-end promise: a citizen's web-form
# complaint is handled by its district bureau to closed with a reply, the citizen tracks and rates it,
# and another district's admin cannot see it. Starts ./run.sh unless one already answers on :8080.
# Exits non-zero when a check fails. Needs curl and jq.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/smoke-lib.sh"

start_unless_running smoke-complaints

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

finish
