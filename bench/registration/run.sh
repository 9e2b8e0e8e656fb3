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
# The local run's JVMs are tuned for start-up (C1 only, serial GC); for figures with the JIT the images run (C2,
# the JVM's default collector), start it with
#   SUMMER_JAVA_OPTS="-Xss512k -Xmx384m" SUMMER_LAUNCHER_JAVA_OPTS="-Xmx768m" SUMMER_RATE_LIMIT=1000000 ./run.sh
# and run this script with LABEL=c2.
# The registration is public: the crowd calls it anonymously, as citizens do, all from one address, which the
# gateway would hold to SUMMER_RATE_LIMIT (20/s by default) per address. The script refuses to run when the
# limit answers 429 in its first seconds.
#
# Knobs (environment): GATEWAY_URL (http://127.0.0.1:8080), ATTEMPTS (20000), PLACES (2000), CONNECTIONS (128),
# THREADS (2), WARMUP_ATTEMPTS (5000, on a session of their own), STORE_ROUNDS (3), STALL (5 s), LABEL (added
# to the results file's name, e.g. c2), MONGODB_URI (the embedded
# store's connection string ./run.sh printed; looked for in data/logs/ when unset), JAVA_HOME.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/registration"
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
ATTEMPTS="${ATTEMPTS:-20000}"
PLACES="${PLACES:-2000}"
CONNECTIONS="${CONNECTIONS:-128}"
THREADS="${THREADS:-2}"
WARMUP_ATTEMPTS="${WARMUP_ATTEMPTS:-5000}"
STORE_ROUNDS="${STORE_ROUNDS:-3}"
STALL="${STALL:-5}"
WORK="$(mktemp -d /tmp/bench-registration.XXXXXX)"
source "$ROOT/bench/lib.sh"

log() { printf '[registration %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk: apt-get install -y wrk)" >&2; exit 1; }

MONGODB_URI="$(store_uri)"
# The MongoDB driver of the service's own jar runs the store bench.
DRIVER="$(driver_classpath "$WORK")"
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

export THREADS CONNECTIONS
crowd() { # name, session, attempts
  export SESSION="$2" CROWD_ATTEMPTS="$3"
  run_crowd "$1" "$HERE/register.lua" "$MONGODB_URI" "$2" "$3" "$STALL"
  [ "$CROWD_COUNT" -ge "$3" ] || log "$1: the count stood still for $STALL s at $CROWD_COUNT of $3; wrk was stopped"
  log "$1: $CROWD_COUNT of $3 registrations counted in $(cat "$WORK/$1.seconds") s"
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

# Which embedded store the local run started (SUMMER_STORE): the H2 file backend logs the file it opens in the
# launcher's log, which each start writes anew; the memory backend opens none.
STORE_KIND="memory backend (SUMMER_STORE=memory: nothing kept)"
grep -q 'opening MVStore' "$ROOT/data/logs/launcher.log" 2> /dev/null && STORE_KIND="H2 file backend (the default)"
case "$STORE_KIND" in H2*) RESULT_FILE="$HERE/results-h2-file" ;; *) RESULT_FILE="$HERE/results-memory" ;; esac
RESULT_FILE="$RESULT_FILE${LABEL:+-$LABEL}.md"

STORE_KIND="$STORE_KIND" python3 - "$WORK" "$RESULT_FILE" "$ATTEMPTS" "$PLACES" "$CONNECTIONS" "$FIGURES" \
  "$(java_of openday-service)" "$(jvm_options_of openday-service)" "$(jvm_options_of launcher)" \
  "$(pgrep -fc -- "-jar [^ ]*/openday-service.jar" || echo 0)" <<'PY'
import json, os, re, statistics, sys, datetime, platform
work, out, attempts, places, connections, figures, java, options, launcher_options, instances = sys.argv[1:11]
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
def cpu(name): return dict((l.split()[0], float(l.split()[1])) for l in open(f"{work}/measured.{name}") if l.strip())
def rss(name): return dict((l.split()[0], l.split()[2]) for l in open(f"{work}/measured.{name}") if len(l.split()) > 2)
before, after, peak = cpu("cpu-before"), cpu("cpu-after"), rss("cpu-after")
cpu_rows = "\n".join(
    f"| {p} | {after[p] - before[p]:.1f} s | {(after[p] - before[p]) * 1000 / int(attempts):.2f} ms | {(after[p] - before[p]) / secs:.2f} | {peak.get(p, '?')} MiB |"
    for p in ("launcher", "openday-service", "gateway") if p in before and p in after)
socket = re.search(r"Socket errors:.*", text)
md = f"""# Registration flash crowd: results

Run by `bench/registration/run.sh` on {datetime.date.today()} ({platform.machine()}, {platform.system()}, {java};
JVM options of the services: {options}; of the launcher, which holds the store and broker: {launcher_options}),
through the gateway of the local run (`SUMMER_RATE_LIMIT=1000000 ./run.sh`) with {instances} openday-service instance(s)
behind the gateway, on the **embedded store**
(mongo-java-server, {os.environ["STORE_KIND"]}) and the embedded broker: figures of the embedded store, not of MongoDB.

{attempts} registration attempts from distinct phones, anonymous as citizens are, for one session of {places} PUBLIC
places, at {connections} concurrent connections (wrk), after a warm-up crowd on a session of its own.

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

CPU used during the crowd, per process of the local run (`/proc/<pid>/stat`, user + system; the launcher's JVM
holds the embedded store and broker; wrk and the other services not counted):

| process | CPU during the crowd | per attempt | cores busy on average | peak resident set (VmHWM) |
| --- | --- | --- | --- | --- |
{cpu_rows}

The store's rounds (attempts/s, confirmed, waitlisted, errors): {'; '.join(' '.join(r) for r in store)}.
Every round of the store bench also gives exactly {places} places: the guard is the store's.

Correct: {'yes' if ok else 'NO'} (confirmed = places, every attempt answered 201, none lost).

How the crowd passes the gateway: the registration is public and anonymous, and the gateway limits anonymous
calls per client address (20/s by default, `summer.gateway.rate-limit.limit-for-period`); the benchmark's single
address would be cut to 20/s, so the local run is started with the documented knob `SUMMER_RATE_LIMIT=1000000`
(the gateway reads it; nothing else changes). wrk's latency includes a few cheap `GET /livez` requests each thread
sends while its last registrations are answered (one per connection every 100 ms in the crowd's tail). wrk waits
up to 10 s for an answer (`--timeout 10s`), so the percentiles hold every registration.
"""
open(out, "w").write(md)
print(md)
PY
log "wrote $RESULT_FILE"
