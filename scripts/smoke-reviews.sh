#!/usr/bin/env bash
# Checks, through the gateway of the local run, issue 8's end-to-end promise: an item submitted by the Xuhui
# squad officer passes the squad, district and city reviewers to PUBLISHED and is readable publicly (phone
# numbers masked); the city reviewer takes it down and it is gone from the public read; the Jiading admin, a
# reviewer of another level and the submitter cannot decide; three public reports hide an item until the
# city reviewer restores it. Starts ./run.sh unless one already answers on :8080. Exits non-zero when a check
# fails. Needs curl and jq.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/smoke-lib.sh"

# submit CONTENT_ID: the Xuhui Tianping squad officer hands an article in; prints the item's id.
submit() {
  call POST /api/v1/reviews "$officer" '{"source":"publicity-service","contentId":"'"$1"'","kind":"ARTICLE",
    "title":"天平街道中队开展夏季专项执法行动","body":"中队对夜间施工噪声开展专项整治，市民可拨打 13912345678 咨询。",
    "mediaLinks":["https://media.summerhotline.cn/xuhui/smoke.jpg"]}' > /dev/null
  jq -r .id "$WORK/body"
}

decide() { # decide ID TOKEN: approves version 1; prints the status
  call POST "/api/v1/reviews/$1/decisions" "$2" '{"decision":"APPROVE","reason":"内容属实","version":1}'
}

report() { # report ID [TOKEN]: a public report; prints the status
  call POST /api/v1/reviews/reports "${2:-}" '{"reviewId":"'"$1"'","reason":"内容与事实不符"}'
}

start_unless_running smoke-reviews

officer=$(token_of xuhui-officer)
squad=$(token_of xuhui-squad-reviewer)
district=$(token_of xuhui-district-reviewer)
city=$(token_of city-reviewer)
jiading=$(token_of jiading-admin)
media=$(token_of media)
operator=$(token_of operator)
run="smoke-$(date +%s)"

id=$(submit "$run-a")
check "the squad officer's article waits at squad level" "PENDING SQUAD" "$(jq -r '.status + " " + .level' "$WORK/body")"
check "the pre-screen shows the squad reviewer the phone number" MOBILE_NUMBER "$(jq -r '.screening.matches[0].kind' "$WORK/body")"
check "nobody reads it publicly yet (404)" 404 "$(call GET "/api/v1/reviews/public/$id")"

check "the Jiading admin cannot decide (403)" 403 "$(decide "$id" "$jiading")"
check "the submitter cannot decide (403)" 403 "$(decide "$id" "$officer")"
check "the district reviewer cannot decide at squad level (409)" 409 "$(decide "$id" "$district")"
check "nor the city reviewer (409)" 409 "$(decide "$id" "$city")"
check "the squad reviewer approves (200)" 200 "$(decide "$id" "$squad")"
check "on to the district" DISTRICT "$(jq -r .level "$WORK/body")"
check "the squad reviewer cannot decide again (409)" 409 "$(decide "$id" "$squad")"
check "the district reviewer approves (200)" 200 "$(decide "$id" "$district")"
check "the city reviewer approves (200)" 200 "$(decide "$id" "$city")"
check "the item is PUBLISHED" PUBLISHED "$(jq -r .status "$WORK/body")"

check "anyone reads it without a token (200)" 200 "$(call GET "/api/v1/reviews/public/$id")"
check "the public read masks the phone number" "139****5678" "$(jq -r .body "$WORK/body" | grep -o '139\*\*\*\*5678')"
check "and names no reviewer and shows no history" "0 null" \
  "$(grep -c 'xuhui-squad-reviewer\|city-reviewer' "$WORK/body") $(jq -r .history "$WORK/body")"

check "the city reviewer takes it down (200)" 200 "$(call POST "/api/v1/reviews/$id/takedown" "$city" '{"kind":"PUBLIC_OPINION","reason":"内容引发舆情，立即下架"}')"
check "it is TAKEN_DOWN" TAKEN_DOWN "$(jq -r .status "$WORK/body")"
check "and gone from the public read (404)" 404 "$(call GET "/api/v1/reviews/public/$id")"

reported=$(submit "$run-b")
for reviewer in "$squad" "$district" "$city"; do decide "$reported" "$reviewer" > /dev/null; done
check "a second article is PUBLISHED" PUBLISHED "$(jq -r .status "$WORK/body")"
# From this machine every anonymous report comes from one address, one client: the other two clients are
# citizens with a token, each their token's subject.
check "a citizen reports it without a token (202)" 202 "$(report "$reported")"
check "the same citizen again: the same answer (202)" 202 "$(report "$reported")"
check "a repeated report counts once (still readable)" 200 "$(call GET "/api/v1/reviews/public/$reported")"
check "a second client reports it (202)" 202 "$(report "$reported" "$media")"
check "two reports do not hide it" 200 "$(call GET "/api/v1/reviews/public/$reported")"
check "a third client reports it (202)" 202 "$(report "$reported" "$operator")"
check "three reports hide it from the public (404)" 404 "$(call GET "/api/v1/reviews/public/$reported")"
call GET "/api/v1/reviews/$reported" "$city" > /dev/null
check "the city reviewer sees it HIDDEN after reports, not taken down" "HIDDEN REPORTS 3" \
  "$(jq -r '.status + " " + .rereview.cause + " " + (.reports | tostring)' "$WORK/body")"
check "in the re-review queue" "$reported" \
  "$(call GET "/api/v1/reviews?status=HIDDEN&size=100" "$city" > /dev/null; jq -r --arg id "$reported" '.items[] | select(.id == $id) | .id' "$WORK/body")"
check "a fourth client finds nothing to report (404)" 404 "$(report "$reported" "$(token_of xuhui-admin)")"
check "the city reviewer restores it (200)" 200 "$(call POST "/api/v1/reviews/$reported/restore" "$city" '{"reason":"复核后内容无问题"}')"
check "it is readable again (200)" 200 "$(call GET "/api/v1/reviews/public/$reported")"

finish
