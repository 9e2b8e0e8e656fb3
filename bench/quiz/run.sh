#!/usr/bin/env bash
# The cloud open day's quiz crowd through the gateway of the local run: ATTEMPTS quiz attempts (20,000) on one
# published quiz at CONNECTIONS concurrent connections (128), with wrk; every REPEAT_EVERY-th (10th) repeats the
# phone sent just before it, racing it, and must be refused (409). Reports attempts/s, p50/p99, scored (201, must
# be the distinct phones), refused (409, must be the repeats), errors (must be 0), and beside them the store's own
# ceiling measured in the same run: the same insert under the same unique key with the MongoDB driver straight at
# the local run's store (QuizStoreBench.java). Writes bench/quiz/results-h2-file.md or results-memory.md, after
# the embedded store the local run started (SUMMER_STORE). Not a test.
#
# Start the local run with the gateway's anonymous limit raised, then run this script:
#   SUMMER_RATE_LIMIT=1000000 ./run.sh          # in one terminal (the knob of gateway/application.yml)
#   bash bench/quiz/run.sh                     # in another
# Quiz attempts are taken only while the cloud open day is ONLINE: the script puts this year's online phase
# around today through the city bureau office's calendar endpoint, as scripts/smoke-cloud.sh does, and puts the
# calendar it found back when it ends.
#
# Knobs (environment): GATEWAY_URL (http://127.0.0.1:8080), ATTEMPTS (20000), REPEAT_EVERY (10), CONNECTIONS
# (128), THREADS (2), WARMUP_ATTEMPTS (5000, on a quiz of their own), STORE_ROUNDS (3), STALL (5 s), LABEL
# (added to the results file's name, e.g. c2), MONGODB_URI
# (looked for in data/logs/launcher.log when unset), JAVA_HOME.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/quiz"
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
ATTEMPTS="${ATTEMPTS:-20000}"
REPEAT_EVERY="${REPEAT_EVERY:-10}"
CONNECTIONS="${CONNECTIONS:-128}"
THREADS="${THREADS:-2}"
WARMUP_ATTEMPTS="${WARMUP_ATTEMPTS:-5000}"
STORE_ROUNDS="${STORE_ROUNDS:-3}"
STALL="${STALL:-5}"
WORK="$(mktemp -d /tmp/bench-quiz.XXXXXX)"
source "$ROOT/bench/lib.sh"

log() { printf '[quiz %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk: apt-get install -y wrk)" >&2; exit 1; }
command -v jq > /dev/null || { echo "jq is needed (Debian package jq)" >&2; exit 1; }

MONGODB_URI="$(store_uri)"
# The MongoDB driver of the service's own jar runs the store bench.
DRIVER="$(driver_classpath "$WORK")"
bench_java() { "$JAVA" -Xms256m -Xmx256m -cp "$DRIVER" "$HERE/QuizStoreBench.java" "$@"; }

call() { # call METHOD PATH [BODY]: the answer's body on stdout; fails on a status other than 2xx
  curl -sf -X "$1" "$GATEWAY_URL$2" -H "Authorization: Bearer $ADMIN" ${3:+-H 'Content-Type: application/json' -d "$3"}
}
ADMIN="$(curl -sf -X POST "$GATEWAY_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username": "city-admin", "password": "hotline"}' | jq -r .access_token)" ||
  { echo "no token from $GATEWAY_URL/api/v1/auth/token: is ./run.sh up?" >&2; exit 1; }

# The attempts are public: the crowd calls them anonymously from one address, which the gateway would hold to
# SUMMER_RATE_LIMIT (20/s by default) per address.
for _ in $(seq 1 40); do
  code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$GATEWAY_URL/api/v1/openday/public/quizzes/none/attempts" \
    -H 'Content-Type: application/json' -d '{}')"
  [ "$code" = 429 ] && { echo "the gateway answers 429: start ./run.sh with SUMMER_RATE_LIMIT=1000000" >&2; exit 1; }
done

# This year's online phase around today (Shanghai dates); the calendar as found goes back at the end.
year="$(TZ=Asia/Shanghai date +%Y)"
day() { TZ=Asia/Shanghai date -d "$(TZ=Asia/Shanghai date +%F) $1 days" +%F; }
found="$(curl -sf "$GATEWAY_URL/api/v1/openday/public/$year/cloud" | jq -c '[.calendar.phases[] | {(.code): {from, to}}] | add
  | {preparationFrom: .PREPARATION.from, preparationTo: .PREPARATION.to, testFrom: .PLATFORM_TEST.from,
     testTo: .PLATFORM_TEST.to, onlineFrom: .ONLINE.from, onlineTo: .ONLINE.to}')"
[[ -n "$found" && "$found" != *null* ]] || { echo "this year's cloud calendar could not be read" >&2; exit 1; }
trap 'call PUT "/api/v1/openday/$year/cloud/calendar" "$found" > /dev/null || echo "the calendar was not put back: $found" >&2' EXIT
online_from="$(day -1)"; [[ "$online_from" < "$year-01-03" ]] && online_from="$year-01-03"
online_to="$(day +1)"; [[ "$online_to" > "$year-12-31" ]] && online_to="$year-12-31"
test_day="$(TZ=Asia/Shanghai date -d "$online_from -1 days" +%F)"
preparation_to="$(TZ=Asia/Shanghai date -d "$online_from -2 days" +%F)"
phase="$(call PUT "/api/v1/openday/$year/cloud/calendar" '{"preparationFrom":"'"$year"'-01-01","preparationTo":"'"$preparation_to"'",
  "testFrom":"'"$test_day"'","testTo":"'"$test_day"'","onlineFrom":"'"$online_from"'","onlineTo":"'"$online_to"'"}' | jq -r .currentPhase)"
[ "$phase" = ONLINE ] || { echo "the cloud open day of $year is $phase, not ONLINE" >&2; exit 1; }

new_quiz() { # -> the id of a new published quiz of three questions (right options 1, 0, 2)
  local id
  id="$(call POST "/api/v1/openday/$year/quizzes" '{"topic":"WASTE_SORTING","title":"垃圾分类知多少(基准测试)",
    "questions":[{"text":"废电池属于哪类垃圾?","options":["可回收物","有害垃圾","湿垃圾"],"answer":1},
      {"text":"旧报纸属于哪类垃圾?","options":["可回收物","干垃圾"],"answer":0},
      {"text":"剩饭剩菜属于哪类垃圾?","options":["有害垃圾","干垃圾","湿垃圾"],"answer":2}]}' | jq -r .id)"
  call POST "/api/v1/openday/quizzes/$id/publish" > /dev/null
  echo "$id"
}

# Timed as in bench/registration (run_crowd, bench/lib.sh): the watcher returns once the attempts collection has
# grown by the crowd's distinct phones, or stood still for STALL seconds.
export THREADS CONNECTIONS REPEAT_EVERY
crowd() { # name, quiz, attempts
  export QUIZ="$2" CROWD_ATTEMPTS="$3"
  run_crowd "$1" "$HERE/attempt.lua" "$MONGODB_URI" "$(($3 - $3 / REPEAT_EVERY))" "$STALL"
  log "$1: $CROWD_COUNT attempts stored in $(cat "$WORK/$1.seconds") s"
}

log "warm-up: $WARMUP_ATTEMPTS attempts on a quiz of their own"
crowd warmup "$(new_quiz)" "$WARMUP_ATTEMPTS"
QUIZ_ID="$(new_quiz)"
log "the crowd: $ATTEMPTS attempts on quiz $QUIZ_ID at $CONNECTIONS connections, every ${REPEAT_EVERY}th a repeat"
crowd measured "$QUIZ_ID" "$ATTEMPTS"
LEADERBOARD="$(curl -sf "$GATEWAY_URL/api/v1/openday/public/quizzes/$QUIZ_ID/leaderboard")"

log "the store's own ceiling: the same insert with the driver, $STORE_ROUNDS rounds at $CONNECTIONS threads"
bench_java "$MONGODB_URI" "$ATTEMPTS" "$REPEAT_EVERY" "$CONNECTIONS" "$STORE_ROUNDS" "$WORK/store.txt"

STORE_KIND="memory backend (SUMMER_STORE=memory: nothing kept)"
grep -q 'opening MVStore' "$ROOT/data/logs/launcher.log" 2> /dev/null && STORE_KIND="H2 file backend (the default)"
case "$STORE_KIND" in H2*) RESULT_FILE="$HERE/results-h2-file" ;; *) RESULT_FILE="$HERE/results-memory" ;; esac
RESULT_FILE="$RESULT_FILE${LABEL:+-$LABEL}.md"

STORE_KIND="$STORE_KIND" python3 - "$WORK" "$RESULT_FILE" "$ATTEMPTS" "$CONNECTIONS" "$LEADERBOARD" \
  "$(java_of openday-service)" "$(jvm_options_of openday-service)" <<'PY'
import json, os, re, statistics, sys, datetime, platform
work, out, attempts, connections, leaderboard, java, options = sys.argv[1:8]
text = open(f"{work}/measured.txt").read()
def seconds(v, unit): return float(v) * {"us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
lat = dict((p, seconds(v, u) * 1000) for p, v, u in re.findall(r"\s(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)", text))
statuses = dict((int(s), int(c)) for s, c in re.findall(r"(\d+)=(\d+)", re.search(r"STATUSES.*", text).group(0)))
sent = dict((k, int(v)) for k, v in re.findall(r"(distinct|repeats)=(\d+)", re.search(r"SENT.*", text).group(0)))
secs = float(open(f"{work}/measured.seconds").read())
stored = int(open(f"{work}/measured.watch").read().split()[1])
answered = sum(statuses.values())
rate = answered / secs
store = [line.split() for line in open(f"{work}/store.txt").read().split("\n") if line.strip()]
ceiling = statistics.median(float(r[0]) for r in store)
errors = int(attempts) - statuses.get(201, 0) - statuses.get(409, 0)
ok = (statuses.get(201, 0) == sent["distinct"] == stored and statuses.get(409, 0) == sent["repeats"] and errors == 0)
entries = json.loads(leaderboard).get("entries", [])
top = entries[0] if entries else {}
def cpu(name): return dict((l.split()[0], float(l.split()[1])) for l in open(f"{work}/measured.{name}") if l.strip())
def rss(name): return dict((l.split()[0], l.split()[2]) for l in open(f"{work}/measured.{name}") if len(l.split()) > 2)
before, after, peak = cpu("cpu-before"), cpu("cpu-after"), rss("cpu-after")
cpu_rows = "\n".join(
    f"| {p} | {after[p] - before[p]:.1f} s | {(after[p] - before[p]) * 1000 / int(attempts):.2f} ms | {(after[p] - before[p]) / secs:.2f} | {peak.get(p, '?')} MiB |"
    for p in ("launcher", "openday-service", "gateway") if p in before and p in after)
socket = re.search(r"Socket errors:.*", text)
md = f"""# Quiz attempts crowd: results

Run by `bench/quiz/run.sh` on {datetime.date.today()} ({platform.machine()}, {platform.system()}, {java}; the
services' JVM options: {options}), through the gateway of the local run (`SUMMER_RATE_LIMIT=1000000 ./run.sh`) on
the **embedded store** (mongo-java-server, {os.environ["STORE_KIND"]}) and the embedded broker: figures of the
embedded store, not of MongoDB.

{attempts} attempts, anonymous as citizens are, on one published quiz of three questions, at {connections}
concurrent connections (wrk), every 10th repeating the phone sent just before it (racing it), after a warm-up
crowd on a quiz of its own.

| figure | value (embedded store) | target |
| --- | --- | --- |
| attempts/s through the gateway (answers / the crowd's {secs:.1f} s) | {rate:.0f} | >= 0.5x the store's ceiling = {0.5 * ceiling:.0f} |
| p50 latency | {lat.get('50', float('nan')):.1f} ms | |
| p99 latency | {lat.get('99', float('nan')):.1f} ms | < 200 ms |
| scored (201) | {statuses.get(201, 0)} | the distinct phones sent: {sent['distinct']} |
| attempts stored | {stored} | the same |
| refused as a second attempt (409) | {statuses.get(409, 0)} | the repeats sent: {sent['repeats']} |
| errors (other answers, requests lost) | {errors} ({', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))}; {socket.group(0) if socket else 'no socket errors'}) | 0 |
| the store's own ceiling (same insert, driver, {connections} threads, median of {len(store)}) | {ceiling:.0f} attempts/s | |
| ratio to the ceiling | {rate / ceiling:.2f}x | >= 0.5x |
| the leaderboard's first entry | {top.get('name')} {top.get('correct')}/{top.get('questions')} in {top.get('seconds')} s | a masked name |

CPU used during the crowd, per process of the local run (`/proc/<pid>/stat`, user + system; the launcher's JVM
holds the embedded store and broker; wrk not counted):

| process | CPU during the crowd | per attempt | cores busy on average | peak resident set (VmHWM) |
| --- | --- | --- | --- | --- |
{cpu_rows}

The store's rounds (attempts/s, stored, refused, errors): {'; '.join(' '.join(r) for r in store)}.

Correct: {'yes' if ok else 'NO'} (every distinct phone scored and stored once, every repeat refused, nothing lost).
wrk waits up to 10 s for an answer (`--timeout 10s`), so the percentiles hold every attempt; they include the few
`GET /livez` each connection sends every 100 ms in the crowd's tail.
"""
open(out, "w").write(md)
print(md)
PY
log "wrote $RESULT_FILE"
