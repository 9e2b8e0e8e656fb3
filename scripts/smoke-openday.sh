#!/usr/bin/env bash
# Checks, through the gateway of the local run, issue 9's end-to-end promise: the fresh run holds the 2021 open day
# (the main venue in Songjiang, a sub-venue per district bureau); the Xuhui bureau opens a session of one public
# place; a citizen registers, reads their registration, gets the QR code and cancels; the next waitlisted citizen is
# promoted at once; staff check them in and a second check-in is refused, naming the first. Starts ./run.sh unless
# one already answers on :8080. Exits non-zero when a check fails. Needs curl and jq.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/smoke-lib.sh"

start_unless_running smoke-openday

city_admin=$(token_of city-admin)
xuhui=$(token_of xuhui-admin)
officer=$(token_of xuhui-officer)

check "a citizen reads the 2021 open day without a token (200)" 200 "$(call GET /api/v1/openday/2021)"
check "its main venue is Songjiang's" songjiang \
  "$(jq -r '[.venues[] | select(.venue.kind == "MAIN") | .venue.hostUnit] | first' "$WORK/body")"
check "Xuhui has a sub-venue" 2021-xuhui-sub "$(call GET /api/v1/openday/venues/2021-xuhui-sub > /dev/null; jq -r .id "$WORK/body")"

starts=$(date -u -d '+3 days' +%Y-%m-%dT01:00:00Z)
ends=$(date -u -d '+3 days' +%Y-%m-%dT08:00:00Z)
check "the Xuhui bureau opens a session of one public place (201)" 201 \
  "$(call POST /api/v1/openday/venues/2021-xuhui-sub/sessions "$xuhui" \
    '{"startsAt":"'"$starts"'","endsAt":"'"$ends"'","capacity":2,"quotas":{"PUBLIC":1,"MEDIA":1}}')"
session=$(jq -r .id "$WORK/body")
check "quotas above the capacity are refused (400)" 400 \
  "$(call POST /api/v1/openday/venues/2021-xuhui-sub/sessions "$xuhui" \
    '{"startsAt":"'"$starts"'","endsAt":"'"$ends"'","capacity":2,"quotas":{"PUBLIC":2,"MEDIA":1}}')"

register() { # register NAME PHONE: the status; the answer in $WORK/body
  call POST "/api/v1/openday/sessions/$session/registrations" "" \
    '{"name":"'"$1"'","phone":"'"$2"'","audience":"PUBLIC","partySize":1}'
}
check "a citizen registers without a token (201)" 201 "$(register 张三 13812345678)"
check "and is CONFIRMED" CONFIRMED "$(jq -r .status "$WORK/body")"
first=$(jq -r .id "$WORK/body"); first_token=$(jq -r .cancelToken "$WORK/body")
check "a second registration of the same phone is refused (409)" 409 "$(register 张三 13812345678)"
check "the next citizen registers (201)" 201 "$(register 李四 13987654321)"
check "and is WAITLISTED first" "WAITLISTED 1" "$(jq -r '.status + " " + (.position|tostring)' "$WORK/body")"
second=$(jq -r .id "$WORK/body"); second_token=$(jq -r .cancelToken "$WORK/body")

check "the registrant reads their registration with the token (200)" 200 \
  "$(call GET "/api/v1/openday/registrations/$first?token=$first_token")"
check "it shows CONFIRMED" CONFIRMED "$(jq -r .status "$WORK/body")"
check "a wrong token reads nothing (404)" 404 "$(call GET "/api/v1/openday/registrations/$first?token=wrong")"
check "the registrant gets the QR code (200)" 200 \
  "$(call GET "/api/v1/openday/registrations/$first/qr.png?token=$first_token")"
check "it is a PNG" PNG "$(head -c 4 "$WORK/body" | tail -c 3)"
check "the registrant cancels (204)" 204 "$(call DELETE "/api/v1/openday/registrations/$first?token=$first_token")"
check "the waitlisted citizen is promoted at once" CONFIRMED \
  "$(call GET "/api/v1/openday/registrations/$second?token=$second_token" > /dev/null; jq -r .status "$WORK/body")"
code=$(jq -r .checkInCode "$WORK/body")
run=$(date +%s%N)   # scan ids are the scanners': each run of this script scans with its own

check "venue staff check them in (201)" 201 \
  "$(call POST /api/v1/openday/checkins "$officer" '{"code":"'"$code"'","scanId":"gate-1-'"$run"'"}')"
check "the same scan sent again is not a second check-in (200)" 200 \
  "$(call POST /api/v1/openday/checkins "$officer" '{"code":"'"$code"'","scanId":"gate-1-'"$run"'"}')"
check "a second check-in is refused (409)" 409 \
  "$(call POST /api/v1/openday/checkins "$officer" '{"code":"'"$code"'","scanId":"gate-2-'"$run"'"}')"
check "naming when the first happened" yes "$(jq -e '.firstCheckedInAt != null' "$WORK/body" > /dev/null && echo yes || echo no)"
check "the refusal is problem+json in Chinese" yes "$(jq -r .title "$WORK/body" | grep -qP '\p{Han}' && echo yes || echo no)"
check "the session counts one checked in" 1 \
  "$(call GET "/api/v1/openday/sessions/$session" "$xuhui" > /dev/null; jq -r .checkedIn "$WORK/body")"
check "the Jiading admin cannot even see Xuhui's session to export it (404)" 404 \
  "$(call GET "/api/v1/openday/sessions/$session/registrations.xlsx" "$(token_of jiading-admin)")"
check "the Xuhui admin exports it (200)" 200 "$(call GET "/api/v1/openday/sessions/$session/registrations.xlsx" "$xuhui")"

finish
