#!/usr/bin/env bash
# Checks, through the gateway of a running local run, the cloud open day's end-to-end promise: a quiz is
# published and played, a second attempt is refused, the leaderboard shows the score with a masked name; a story
# passes the three reviewers and appears publicly. Runs only against a local run that answers already
# (GATEWAY_URL, default http://localhost:8080); it starts nothing. Exits non-zero when a check fails. Needs curl
# and jq.
#
# The phases: quiz attempts, the public stories and their upload follow the year's cloud calendar on the
# service's clock (CloudClock), and a local run has no knob to move that clock (AdjustableClock is moved only by
# tests, in process). What the city bureau office may move is the calendar itself (PUT
# /api/v1/openday/{year}/cloud/calendar), so the script puts this year's online phase around today (Shanghai
# dates) and puts the calendar it found back when it ends. Each run writes its own quiz, phones and names, so it
# may run again against the same local run; a client tells 5 stories an hour at most (429 beyond).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/smoke-lib.sh"
GATEWAY="${GATEWAY_URL:-http://localhost:8080}"

# The same as call, with the answer's headers in $WORK/headers.
call_with_headers() {
  local args=(-s -D "$WORK/headers" -o "$WORK/body" -w '%{http_code}' -X "$1" "$GATEWAY$2")
  [[ -n "${3:-}" ]] && args+=(-H "Authorization: Bearer $3")
  [[ -n "${4:-}" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$4")
  curl "${args[@]}"
}

header_of() { # header_of NAME: the value of a header of the last call_with_headers, without parameters
  tr -d '\r' < "$WORK/headers" | awk -v n="$(tr '[:upper:]' '[:lower:]' <<< "$1")" -F': *' \
    'tolower($1) == n { sub(/;.*/, "", $2); print $2 }' | tail -1
}

has() { # has TEXT: yes when the last body holds TEXT literally, else no
  grep -qF -- "$1" "$WORK/body" && echo yes || echo no
}

chinese_title() {
  jq -r '.title // ""' "$WORK/body" | grep -qP '\p{Han}' && echo yes || echo no
}

if [[ "$(curl -s -o /dev/null -w '%{http_code}' "$GATEWAY/api/v1/openday/public/2021/quizzes")" == 000 ]]; then
  echo "FAIL  no local run answers at $GATEWAY: start one first (./run.sh)"
  exit 2
fi

year=$(TZ=Asia/Shanghai date +%Y)
today=$(TZ=Asia/Shanghai date +%F)
day() { TZ=Asia/Shanghai date -d "$today $1 days" +%F; }
if [[ "$today" < "$year-01-03" ]]; then
  # Preparation and the test need a day each before the online phase, inside the year.
  echo "FAIL  on $today the online phase of $year cannot include today: the phases run in order inside the year"
  exit 2
fi
online_from=$(day -1); [[ "$online_from" < "$year-01-03" ]] && online_from="$year-01-03"
online_to=$(day +1); [[ "$online_to" > "$year-12-31" ]] && online_to="$year-12-31"
test_day=$(TZ=Asia/Shanghai date -d "$online_from -1 days" +%F)
preparation_to=$(TZ=Asia/Shanghai date -d "$online_from -2 days" +%F)

run=$(date +%s%N)
suffix=${run:6:4}
phone="139${run:2:8}"
name="王小明${suffix}"
story_phone="138${run:2:8}"
author="陈小红${suffix}"

city_admin=$(token_of city-admin)
squad=$(token_of xuhui-squad-reviewer)
district=$(token_of xuhui-district-reviewer)
city=$(token_of city-reviewer)

# The calendar as found, put back at the end (and by the trap when the script stops early).
check "the public reads this year's cloud calendar (200)" 200 "$(call GET "/api/v1/openday/public/$year/cloud")"
found_calendar=$(jq -c '[.calendar.phases[] | {(.code): {from, to}}] | add
  | {preparationFrom: .PREPARATION.from, preparationTo: .PREPARATION.to, testFrom: .PLATFORM_TEST.from,
     testTo: .PLATFORM_TEST.to, onlineFrom: .ONLINE.from, onlineTo: .ONLINE.to}' "$WORK/body")
found_phase=$(jq -r .calendar.currentPhase "$WORK/body")
if [[ -z "$found_calendar" || "$found_calendar" == *null* ]]; then
  echo "FAIL  this year's calendar could not be read, so it could not be put back: nothing changed"
  finish
  exit 1
fi
restored=no
put_back() { restored=yes; call PUT "/api/v1/openday/$year/cloud/calendar" "$city_admin" "$found_calendar"; }
trap '[[ $restored == no ]] && put_back > /dev/null; kill_run; rm -rf "$WORK"' EXIT

check "the city bureau office puts the online phase around today, $today (200)" 200 \
  "$(call PUT "/api/v1/openday/$year/cloud/calendar" "$city_admin" '{"preparationFrom":"'"$year"'-01-01",
    "preparationTo":"'"$preparation_to"'","testFrom":"'"$test_day"'","testTo":"'"$test_day"'",
    "onlineFrom":"'"$online_from"'","onlineTo":"'"$online_to"'"}')"
check "the cloud open day of $year is ONLINE" ONLINE "$(jq -r .currentPhase "$WORK/body")"

# The quiz: three questions, the right options 1, 0 and 2.
check "a city admin writes a quiz with its right answers (201)" 201 \
  "$(call POST "/api/v1/openday/$year/quizzes" "$city_admin" '{"topic":"WASTE_SORTING","title":"垃圾分类知多少 '"$run"'",
    "questions":[{"text":"废电池属于哪类垃圾?","options":["可回收物","有害垃圾","湿垃圾"],"answer":1},
      {"text":"旧报纸属于哪类垃圾?","options":["可回收物","干垃圾"],"answer":0},
      {"text":"剩饭剩菜属于哪类垃圾?","options":["有害垃圾","干垃圾","湿垃圾"],"answer":2}]}')"
quiz=$(jq -r .id "$WORK/body")
check "it is not published yet" false "$(jq -r .published "$WORK/body")"
check "the public does not see it before it is published (404)" 404 "$(call GET "/api/v1/openday/public/quizzes/$quiz")"
check "the city admin publishes it (200)" 200 "$(call POST "/api/v1/openday/quizzes/$quiz/publish" "$city_admin")"
check "it is published" true "$(jq -r .published "$WORK/body")"
check "the year's published quizzes list it" "$quiz" \
  "$(call GET "/api/v1/openday/public/$year/quizzes" > /dev/null; jq -r --arg q "$quiz" '.[] | select(.id == $q) | .id' "$WORK/body")"

check "a citizen reads the quiz without a token (200)" 200 "$(call GET "/api/v1/openday/public/quizzes/$quiz")"
check "with its three questions and their options" "3 3" \
  "$(jq -r '(.questions | length | tostring) + " " + (.questions[0].options | length | tostring)' "$WORK/body")"
check "and no right answers" false "$(jq '[.. | objects | has("answer") or has("answers")] | any' "$WORK/body")"

attempt() { # attempt ANSWERS SECONDS: the status; the answer in $WORK/body, its headers in $WORK/headers
  call_with_headers POST "/api/v1/openday/public/quizzes/$quiz/attempts" "" \
    '{"phone":"'"$phone"'","name":"'"$name"'","answers":'"$1"',"seconds":'"$2"'}'
}
check "a citizen answers without a token (201)" 201 "$(attempt '[1,0,0]' 42)"
check "and sees the score at once: 2 of 3 right in 42 s" "2 3 42" \
  "$(jq -r '"\(.correct) \(.questions) \(.seconds)"' "$WORK/body")"
check "a second attempt with the same phone is refused (409)" 409 "$(attempt '[1,0,2]' 30)"
check "as problem+json" application/problem+json "$(header_of Content-Type)"
check "of type already-attempted" already-attempted "$(jq -r '.type // ""' "$WORK/body" | sed 's|.*/||')"
check "titled in Chinese" yes "$(chinese_title)"
check "in zh-CN" zh-CN "$(header_of Content-Language)"

check "the public reads the leaderboard (200)" 200 "$(call GET "/api/v1/openday/public/quizzes/$quiz/leaderboard")"
check "it shows the one attempt's score, not the refused one's" "1 2 3 42" \
  "$(jq -r '"\(.entries | length) \(.entries[0].correct) \(.entries[0].questions) \(.entries[0].seconds)"' "$WORK/body")"
check "with the name masked" "王******" "$(jq -r '.entries[0].name' "$WORK/body")"
check "and neither the full name nor the phone in the body" "no no" "$(has "$name") $(has "$phone")"

# The story: a citizen's about Xuhui's Tianping squad (whose reviewer is xuhui-squad-reviewer), with their phone
# in the text. Refused stories do not count against the client's allowance.
story() { # story CONSENT [SQUAD]: the status; the answer in $WORK/body
  call POST "/api/v1/openday/public/$year/stories" "" '{"title":"雨夜里的城管队员 '"$suffix"'",
    "text":"那天暴雨,城管队员帮我们把摊位搬进了屋檐下。想当面道谢,我的电话 '"$story_phone"'。",
    "pictureLink":"https://img.example.cn/story-'"$run"'.jpg","author":"'"$author"'",
    "district":"xuhui","squad":"'"${2:-xuhui-tianping}"'","consent":'"$1"'}'
}
check "a story without consent to publication is refused (400)" 400 "$(story false)"
check "a story about another district's squad is refused (400)" 400 "$(story true jiading-malu)"
check "naming the squad" squad "$(jq -r '.errors[0].field // ""' "$WORK/body")"
check "a citizen tells a story without a token, with consent (201)" 201 "$(story true)"
story_id=$(jq -r '.id // ""' "$WORK/body")
token=$(jq -r '.token // ""' "$WORK/body")
check "and is handed a token to follow it, the story IN_REVIEW" "32 IN_REVIEW" \
  "$(jq -r '"\(.token // "" | length) \(.status)"' "$WORK/body")"
check "the author reads its status with the token (200)" 200 "$(call GET "/api/v1/openday/public/stories/$story_id?token=$token")"
check "it is IN_REVIEW" IN_REVIEW "$(jq -r .status "$WORK/body")"
check "a wrong token reads nothing (404)" 404 \
  "$(call GET "/api/v1/openday/public/stories/$story_id?token=$(printf 'x%.0s' {1..32})")"
check "nor is it public yet" no \
  "$(call GET "/api/v1/openday/public/$year/stories" > /dev/null; has "$story_id")"

# The submitted event reaches review-service over the broker: its item appears a moment later.
review_item() { # review_item: the story's pending review item as the city admin finds it among every unit's, or nothing
  local page=0 found total
  while :; do
    call GET "/api/v1/reviews?status=PENDING&size=100&page=$page" "$city_admin" > /dev/null
    found=$(jq -r --arg c "$story_id" '.items[]? | select(.source == "openday-service" and .contentId == $c) | .id' "$WORK/body")
    total=$(jq -r '.total // 0' "$WORK/body")
    if [[ -n "$found" || $(((page + 1) * 100)) -ge $total ]]; then break; fi
    page=$((page + 1))
  done
  echo "$found"
}
review=""
for _ in $(seq 1 60); do
  review=$(review_item)
  [[ -n "$review" ]] && break
  sleep 0.5
done
check "the story's review item appears in review-service within 30 s" yes "$([[ -n "$review" ]] && echo yes || echo no)"
call GET "/api/v1/reviews/$review" "$city_admin" > /dev/null
check "it is a STORY of version 1" "STORY 1" "$(jq -r '"\(.kind) \(.version)"' "$WORK/body")"
check "the reviewers read the phone in its text masked" "${story_phone:0:3}****${story_phone:7:4}" \
  "$(jq -r '.body // ""' "$WORK/body" | grep -o '1[3-9][0-9]\*\*\*\*[0-9]\{4\}')"
check "it waits at the first of the three levels, the squad's" "PENDING SQUAD" \
  "$(jq -r '"\(.status) \(.level)"' "$WORK/body")"

decide() { # decide TOKEN: approves version 1 of the story's item; prints the status
  call POST "/api/v1/reviews/$review/decisions" "$1" '{"decision":"APPROVE","reason":"内容属实","version":1}'
}
check "the squad reviewer approves (200)" 200 "$(decide "$squad")"
check "the district reviewer approves (200)" 200 "$(decide "$district")"
check "the city reviewer approves (200)" 200 "$(decide "$city")"
check "the item is PUBLISHED" PUBLISHED "$(jq -r .status "$WORK/body")"

# The published event comes back to openday-service over the broker.
status=""
for _ in $(seq 1 60); do
  call GET "/api/v1/openday/public/stories/$story_id?token=$token" > /dev/null
  status=$(jq -r '.status // ""' "$WORK/body")
  [[ "$status" == PUBLISHED ]] && break
  sleep 0.5
done
check "the author sees the story PUBLISHED with the token within 30 s" PUBLISHED "$status"
check "with when it was published" yes "$(jq -e '.publishedAt != null' "$WORK/body" > /dev/null && echo yes || echo no)"

check "the public reads the published stories without a token (200)" 200 "$(call GET "/api/v1/openday/public/$year/stories")"
check "the story is among them" "$story_id" \
  "$(jq -r --arg s "$story_id" '.[] | select(.id == $s) | .id' "$WORK/body")"
check "under its district, by name" 徐汇区 \
  "$(jq -r --arg s "$story_id" '.[] | select(.id == $s) | .districtName' "$WORK/body")"
check "signed with the author's name masked" "陈******" \
  "$(jq -r --arg s "$story_id" '.[] | select(.id == $s) | .author' "$WORK/body")"
check "its text shows the phone masked" "${story_phone:0:3}****${story_phone:7:4}" \
  "$(jq -r --arg s "$story_id" '.[] | select(.id == $s) | .text' "$WORK/body" | grep -o '1[3-9][0-9]\*\*\*\*[0-9]\{4\}')"
check "and the body holds neither the author's name, nor their phone, nor the token" "no no no" \
  "$(has "$author") $(has "$story_phone") $(has "$token")"

restored=yes
check "the calendar found ($found_phase today) is put back (200)" 200 "$(put_back)"
check "and the phase with it" "$found_phase" "$(jq -r .currentPhase "$WORK/body")"

finish
