#!/usr/bin/env bash
# The open day's flash crowd through the gateway of the local run: ATTEMPTS registrations (20,000) from distinct
# phones for one session of PLACES public places (2,000) at CONNECTIONS concurrent connections (128), with wrk.
# Reports registrations/s, p50/p99, confirmed (must be exactly PLACES), waitlisted, errors (must be 0), and beside
# them the store's own ceiling measured in the same run: the same conditional updates and inserts driven straight
# at the local run's store with the MongoDB driver (RegistrationStoreBench.java). Writes
# bench/registration/results-h2-file.md or results-memory.md, after the embedded store the local run started
# (SUMMER_STORE); RESULTS.md sets the runs side by side. Not a test.
#
# Start the local run with the gateway's anonymous limit raised, then run this script:
#   SUMMER_RATE_LIMIT=1000000 ./run.sh          # in one terminal (the knob of gateway/application.yml)
#   bash bench/registration/run.sh             # in another
# and again on the embedded store kept in memory, for the figures beside the H2 file's:
#   SUMMER_STORE=memory SUMMER_RATE_LIMIT=1000000 ./run.sh
# The registration is public: the crowd calls it anonymously, as citizens do, all from one address, which the
# gateway would hold to SUMMER_RATE_LIMIT (20/s by default) per address. The script refuses to run when the
# limit answers 429 in its first seconds.
#
# Knobs (environment): GATEWAY_URL (http://127.0.0.1:8080), ATTEMPTS (20000), PLACES (2000), CONNECTIONS (128),
# THREADS (2), WARMUP_ATTEMPTS (20000, on a session of their own), STORE_ROUNDS (3), STALL (5 s), MONGODB_URI (the embedded
# store's connection string ./run.sh printed; looked for in data/logs/ when unset), JAVA_HOME.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/registration"
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
ATTEMPTS="${ATTEMPTS:-20000}"
PLACES="${PLACES:-2000}"
CONNECTIONS="${CONNECTIONS:-128}"
THREADS="${THREADS:-2}"
WARMUP_ATTEMPTS="${WARMUP_ATTEMPTS:-20000}"
STORE_ROUNDS="${STORE_ROUNDS:-3}"
STALL="${STALL:-5}"
WORK="$(mktemp -d /tmp/bench-registration.XXXXXX)"
source "$ROOT/bench/lib.sh"

log() { printf '[registration %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk: apt-get install -y wrk)" >&2; exit 1; }

if [ -z "${MONGODB_URI:-}" ]; then
  # The launcher's log names the embedded store's port ("started MongoServer(port: N").
  port="$(grep -ho 'started MongoServer(port: [0-9]*' "$ROOT/data/logs/launcher.log" 2>/dev/null | tail -1 | grep -o '[0-9]*$' || true)"
  [ -n "$port" ] && MONGODB_URI="mongodb://127.0.0.1:$port"
fi
[ -n "$MONGODB_URI" ] || {
  echo "no store: set MONGODB_URI to the connection string ./run.sh printed (\"embedded store ... at\")" >&2; exit 1; }

# The MongoDB driver of the service's own jar runs the store bench.
JAR="$ROOT/openday-service/target/openday-service.jar"
[ -f "$JAR" ] || { echo "no $JAR: ./run.sh builds it" >&2; exit 1; }
(cd "$WORK" && unzip -q -o "$JAR" 'BOOT-INF/lib/mongodb-driver-*' 'BOOT-INF/lib/bson*')
DRIVER="$(ls "$WORK"/BOOT-INF/lib/*.jar | tr '\n' ':')"
bench_java() { "$JAVA" -Xms256m -Xmx256m -cp "$DRIVER" "$HERE/RegistrationStoreBench.java" "$@"; }

token() {
  curl -sf -X POST "$GATEWAY_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\": \"$1\", \"password\": \"hotline\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
ADMIN="$(token xuhui-admin)" || { echo "no token from $GATEWAY_URL/api/v1/auth/token: is ./run.sh up?" >&2; exit 1; }
VENUE="bench-xuhui-$(date +%s)"
bench_java venue "$MONGODB_URI" "$VENUE"

new_session() { # places -> session id
  local starts ends
  starts="$(date -u -d '+30 days' +%Y-%m-%dT%H:%M:%SZ)"; ends="$(date -u -d '+30 days 2 hours' +%Y-%m-%dT%H:%M:%SZ)"
  curl -sf -X POST "$GATEWAY_URL/api/v1/openday/venues/$VENUE/sessions" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' \
    -d "{\"startsAt\":\"$starts\",\"endsAt\":\"$ends\",\"capacity\":$1,\"quotas\":{\"PUBLIC\":$1}}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}

settled() { # session -> registrations the session counts (confirmed + waitlisted; every party is of one)
  curl -sf "$GATEWAY_URL/api/v1/openday/sessions/$1" -H "Authorization: Bearer $ADMIN" |
    python3 -c 'import json,sys; f=json.load(sys.stdin); print(f["confirmed"] + f["waitlisted"])' 2> /dev/null || echo -1
}

# The crowd is timed from outside wrk: wrk's own duration runs on after the crowd whenever a request was lost to
# its timeout (it then waits for an answer that never comes), so its "requests in N s" is not the crowd's time.
# The script reads the session's count every half second and stops wrk (SIGINT: it still prints its figures) once
# every attempt is counted, or when the count has not moved for STALL seconds. The crowd's time is from wrk's
# start to the last change of the count, written to $WORK/<name>.seconds.
crowd() { # name, session, attempts
  local started now last_change count last=-1
  SESSION="$2" ATTEMPTS="$3" THREADS="$THREADS" CONNECTIONS="$CONNECTIONS" wrk -t"$THREADS" -c"$CONNECTIONS" -d600s --latency \
    -s "$HERE/register.lua" "$GATEWAY_URL" > "$WORK/$1.txt" &
  local wrk_pid=$!
  started="$(date +%s.%N)"; last_change="$started"
  while kill -0 "$wrk_pid" 2> /dev/null; do
    sleep 0.5
    count="$(settled "$2")"; now="$(date +%s.%N)"
    if [ "$count" != "$last" ] && [ "$count" -ge 0 ]; then last="$count"; last_change="$now"; fi
    if [ "$count" -ge "$3" ]; then break; fi
    if [ "$last" -gt 0 ] && python3 -c "import sys; sys.exit(0 if $now - $last_change > $STALL else 1)"; then
      log "$1: no registration counted for $STALL s at $last of $3; stopping wrk"; break
    fi
  done
  kill -INT "$wrk_pid" 2> /dev/null || true
  wait "$wrk_pid" || true
  python3 -c "print(f'{$last_change - $started:.2f}')" > "$WORK/$1.seconds"
  log "$1: $last of $3 registrations counted in $(cat "$WORK/$1.seconds") s"
}

probe="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$GATEWAY_URL/api/v1/openday/sessions/none/registrations" \
  -H 'Content-Type: application/json' -d '{}')"
for _ in $(seq 1 40); do
  code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$GATEWAY_URL/api/v1/openday/sessions/none/registrations" \
    -H 'Content-Type: application/json' -d '{}')"
  [ "$code" = 429 ] && { echo "the gateway answers 429: start ./run.sh with SUMMER_RATE_LIMIT=1000000" >&2; exit 1; }
done
log "probe answered $probe; the anonymous limit is out of the way"

log "warm-up: $WARMUP_ATTEMPTS registrations on a session of their own"
crowd warmup "$(new_session "$PLACES")" "$WARMUP_ATTEMPTS"

SESSION_ID="$(new_session "$PLACES")"
log "the crowd: $ATTEMPTS registrations for $PLACES places at $CONNECTIONS connections (session $SESSION_ID)"
crowd measured "$SESSION_ID" "$ATTEMPTS"
FIGURES="$(curl -sf "$GATEWAY_URL/api/v1/openday/sessions/$SESSION_ID" -H "Authorization: Bearer $ADMIN")"

log "the store's own ceiling: the same writes with the driver, $STORE_ROUNDS rounds at $CONNECTIONS threads"
bench_java "$MONGODB_URI" "$ATTEMPTS" "$PLACES" "$CONNECTIONS" "$STORE_ROUNDS" "$WORK/store.txt"

# Which embedded store the local run started (SUMMER_STORE): the H2 file backend logs its file just before the
# server's start line; the memory backend logs nothing there.
STORE_KIND="memory backend (SUMMER_STORE=memory: nothing kept)"
grep -B1 'started MongoServer' "$ROOT/data/logs/launcher.log" 2>/dev/null | tail -2 | grep -q MVStore &&
  STORE_KIND="H2 file backend (the default)"
case "$STORE_KIND" in H2*) RESULT_FILE="$HERE/results-h2-file.md" ;; *) RESULT_FILE="$HERE/results-memory.md" ;; esac

STORE_KIND="$STORE_KIND" python3 - "$WORK" "$RESULT_FILE" "$ATTEMPTS" "$PLACES" "$CONNECTIONS" "$FIGURES" "$("$JAVA" -version 2>&1 | head -1)" <<'PY'
import json, os, re, statistics, sys, datetime, platform
work, out, attempts, places, connections, figures, java = sys.argv[1:8]
text = open(f"{work}/measured.txt").read()
def seconds(v, unit): return float(v) * {"us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
lat = dict((p, seconds(v, u) * 1000) for p, v, u in re.findall(r"\s(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)", text))
statuses = dict((int(s), int(c)) for s, c in re.findall(r"(\d+)=(\d+)", re.search(r"STATUSES.*", text).group(0)))
secs = float(open(f"{work}/measured.seconds").read())  # the crowd's own time, timed by the script
answered = sum(statuses.values())
rate = answered / secs
f = json.loads(figures)
store = [line.split() for line in open(f"{work}/store.txt").read().split("\n") if line.strip()]
store_rates = [float(r[0]) for r in store]
ceiling = statistics.median(store_rates)
errors = int(attempts) - statuses.get(201, 0)  # any other answer, and requests lost (wrk's socket errors)
ok = f["confirmed"] == int(places) and errors == 0
socket = re.search(r"Socket errors:.*", text)
md = f"""# Registration flash crowd: results

Run by `bench/registration/run.sh` on {datetime.date.today()} ({platform.machine()}, {platform.system()}, {java}),
through the gateway of the local run (`SUMMER_RATE_LIMIT=1000000 ./run.sh`) on the **embedded store**
(mongo-java-server, {os.environ["STORE_KIND"]}) and the embedded broker: figures of the embedded store, not of MongoDB.

{attempts} registration attempts from distinct phones, anonymous as citizens are, for one session of {places} PUBLIC
places, at {connections} concurrent connections (wrk), after a warm-up crowd of the same size on a session of its own.

| figure | value (embedded store) | target |
| --- | --- | --- |
| registrations/s through the gateway (answers / the crowd's {secs:.1f} s) | {rate:.0f} | >= 0.5x the store's ceiling = {0.5 * ceiling:.0f} |
| p50 latency | {lat.get('50', float('nan')):.1f} ms | |
| p99 latency | {lat.get('99', float('nan')):.1f} ms | < 200 ms |
| confirmed | {f['confirmed']} | exactly {places} |
| waitlisted | {f['waitlisted']} | {int(attempts) - int(places)} |
| errors (answers other than 201, requests lost) | {errors} ({', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))}; {socket.group(0) if socket else 'no socket errors'}) | 0 |
| the store's own ceiling (same writes, driver, {connections} threads, median of {len(store)}) | {ceiling:.0f} attempts/s | |
| ratio to the ceiling | {rate / ceiling:.2f}x | >= 0.5x |

The store's rounds (attempts/s, confirmed, waitlisted, errors): {'; '.join(' '.join(r) for r in store)}.
Every round of the store bench also gives exactly {places} places: the guard is the store's.

Correct: {'yes' if ok else 'NO'} (confirmed = places, every attempt answered 201, none lost).

How the crowd passes the gateway: the registration is public and anonymous, and the gateway limits anonymous
calls per client address (20/s by default, `summer.gateway.rate-limit.limit-for-period`); the benchmark's single
address would be cut to 20/s, so the local run is started with the documented knob `SUMMER_RATE_LIMIT=1000000`
(the gateway reads it; nothing else changes). wrk's latency includes a few cheap `GET /livez` requests each thread
sends while its last registrations are answered (at most {connections} in all).
"""
open(out, "w").write(md)
print(md)
PY
log "wrote $RESULT_FILE"
