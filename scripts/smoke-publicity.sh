#!/usr/bin/env bash
# Checks, through the gateway of the local run, issue 10's end-to-end promise: the fresh run holds the 15 projects
# of 2021 as printed and its import report names the project 8 defect; content submitted by the Xuhui admin for
# project 4 appears in the Xuhui district reviewer's queue (a district bureau's item starts at DISTRICT), and after
# the district and city approvals its status here becomes PUBLISHED and it appears in the public list; a takedown
# by the city reviewer removes it from there within a second. And, end to end against the real complaint-service
# (publicity-service's Feign client, no stand-in): a resolved Xuhui night-construction complaint is among project 3's
# case candidates, masked, and becomes its draft case study linked to the tracking number. Starts ./run.sh unless one already answers on :8080.
# Exits non-zero when a check fails. Needs curl and jq.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/smoke-lib.sh"

# until_true SECONDS COMMAND...: runs COMMAND every 50 ms until it succeeds; prints the milliseconds it took.
until_true() {
  local limit=$(( $1 * 1000 )) start now
  shift
  start=$(date +%s%3N)
  while true; do
    if "$@"; then
      now=$(date +%s%3N); echo $(( now - start )); return 0
    fi
    now=$(date +%s%3N)
    (( now - start > limit )) && { echo "timeout"; return 1; }
    sleep 0.05
  done
}

in_review_queue() { # the district reviewer's queue holds the content's item; its id left in $WORK/review
  call GET "/api/v1/reviews?size=100" "$district" > /dev/null
  jq -r --arg c "$content" '.items[] | select(.source == "publicity-service" and .contentId == $c) | .id' \
    "$WORK/body" > "$WORK/review"
  [[ -s "$WORK/review" ]]
}
status_is() { call GET "/api/v1/publicity/contents/$content" "$xuhui" > /dev/null; [[ "$(jq -r .status "$WORK/body")" == "$1" ]]; }
public_has() { call GET "/api/v1/publicity/public/2021/contents?size=100" > /dev/null; jq -e --arg c "$content" 'any(.items[]; .id == $c)' "$WORK/body" > /dev/null; }
public_lacks() { ! public_has; }

start_unless_running smoke-publicity

city_admin=$(token_of city-admin)
xuhui=$(token_of xuhui-admin)
district=$(token_of xuhui-district-reviewer)
city=$(token_of city-reviewer)

check "the 2021 programme holds 15 projects (200)" 200 "$(call GET /api/v1/publicity/2021/projects "$city_admin")"
check "15 projects" 15 "$(jq length "$WORK/body")"
check "project 3 is the city office's and the coordination division's, early August" \
  "city-office,city-coordination 8月上旬" "$(jq -r '.[2] | ([.implementing[].code] | join(",")) + " " + .period.text' "$WORK/body")"
check "project 8 as printed: Jiading, July" "精准靶向解决为民诉求 jiading 7月" \
  "$(jq -r '.[7] | .title + " " + .implementing[0].code + " " + .period.text' "$WORK/body")"
check "4 themes" 4 "$(call GET /api/v1/publicity/2021/themes "$xuhui" > /dev/null; jq length "$WORK/body")"
check "the import report names the project 8 defect" "8 8" \
  "$(call GET /api/v1/publicity/2021/import-report "$city_admin" > /dev/null; jq -r '[.defects[].project] | map(tostring) | join(" ")' "$WORK/body")"
check "the Xuhui admin sees only project 4" "4" \
  "$(call GET /api/v1/publicity/2021/projects "$xuhui" > /dev/null; jq -r '[.[].number] | map(tostring) | join(",")' "$WORK/body")"

check "the Xuhui admin submits an article for project 4 (201)" 201 \
  "$(call POST /api/v1/publicity/projects/p2021-04/contents "$xuhui" '{"kind":"ARTICLE",
    "title":"徐汇城管开展预防群租安全隐患巡回宣讲","body":"徐汇区局法治科联合专业中队，在全区13个街镇开展预防群租安全隐患巡回宣讲。"}')"
content=$(jq -r .id "$WORK/body")
check "it is IN_REVIEW at DISTRICT" "IN_REVIEW DISTRICT" "$(jq -r '.status + " " + .level' "$WORK/body")"
waited=$(until_true 10 in_review_queue)
check "it appears in the Xuhui district reviewer's queue" yes "$([[ $waited != timeout ]] && echo yes || echo no)"
review=$(cat "$WORK/review")
check "the district reviewer approves (200)" 200 \
  "$(call POST "/api/v1/reviews/$review/decisions" "$district" '{"decision":"APPROVE","reason":"内容属实","version":1}')"
check "the city reviewer approves (200)" 200 \
  "$(call POST "/api/v1/reviews/$review/decisions" "$city" '{"decision":"APPROVE","reason":"同意发布","version":1}')"
waited=$(until_true 10 status_is PUBLISHED)
check "its status here becomes PUBLISHED" yes "$([[ $waited != timeout ]] && echo yes || echo no)"
check "it is in the public list" yes "$(public_has && echo yes || echo no)"

check "the city reviewer takes it down (200)" 200 \
  "$(call POST "/api/v1/reviews/$review/takedown" "$city" '{"kind":"PUBLIC_OPINION","reason":"内容引发舆情，立即下架"}')"
waited=$(until_true 1 public_lacks)
check "it leaves the public list within a second (${waited} ms)" yes "$([[ $waited != timeout ]] && echo yes || echo no)"
check "its status here is TAKEN_DOWN" yes "$(status_is TAKEN_DOWN && echo yes || echo no)"

# Case studies from the real complaint-service.
call POST /api/v1/complaints "" '{"category":"NIGHT_CONSTRUCTION_NOISE","description":"工地夜间施工噪声扰民，凌晨两点仍在打桩，请回电13812345678","district":"xuhui","address":"徐汇区天平路 100 号","location":{"lat":31.2,"lng":121.44},"reporter":{"name":"张三","phone":"13812345678"},"channel":"WEB"}' > /dev/null
complaint=$(jq -r .id "$WORK/body")
tracking=$(jq -r .trackingNumber "$WORK/body")
call POST "/api/v1/complaints/$complaint/accept" "$xuhui" > /dev/null
check "the Xuhui bureau resolves a night-construction complaint (200)" 200 \
  "$(call POST "/api/v1/complaints/$complaint/resolve" "$xuhui" '{"summary":"已责令工地停止夜间施工并立案查处"}')"
check "project 3's case candidates come from complaint-service (200)" 200 \
  "$(call GET "/api/v1/publicity/projects/p2021-03/case-candidates?district=xuhui" "$city_admin")"
check "the resolved complaint is among them" yes \
  "$(jq -e --arg c "$complaint" 'any(.[]; .complaintId == $c)' "$WORK/body" > /dev/null && echo yes || echo no)"
check "the candidates carry no phone number" 0 "$(grep -c 13812345678 "$WORK/body")"
check "the city admin makes it project 3's draft case study (201)" 201 \
  "$(call POST /api/v1/publicity/projects/p2021-03/case-studies "$city_admin" '{"complaintId":"'"$complaint"'"}')"
check "the draft is linked to the tracking number" "$tracking" "$(jq -r .caseTrackingNumber "$WORK/body")"
check "the draft carries neither the phone nor the reporter's name" 0 "$(grep -c '13812345678\|张三' "$WORK/body")"

finish
