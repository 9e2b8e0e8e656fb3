#!/usr/bin/env bash
# Takedown-to-event latency: review-service's TakedownLatencyBenchmarkIT takes 100 published items down through
# the HTTP API, one after the other, and times each from the request's start to the arrival of its
# review.takendown event at a consumer bound to review.takendown.* (after 20 takedowns not counted). On the
# embedded store and broker by default; when RABBITMQ_HOST is set, also against that RabbitMQ (RABBITMQ_PORT 5672,
# RABBITMQ_USER/RABBITMQ_PASSWORD guest/guest), the two interleaved round by round so that their figures share the
# machine's state. Writes bench/takedown/RESULTS.md. Not a test of the normal suite: run it by hand,
# `bash bench/takedown/run.sh` (or `RABBITMQ_HOST=127.0.0.1 bash bench/takedown/run.sh`).
#
# Knobs (environment): ROUNDS (2 per broker), MVN_LOCK (a file to hold with flock while Maven runs the test, on
# machines whose builds share one lock). The test runs on the JVM Maven runs its tests on (the machine's Java:
# the embedded broker, Qpid Broker-J, needs a Java before 24).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/takedown"
ROUNDS="${ROUNDS:-2}"
WORK="$(mktemp -d /tmp/bench-takedown.XXXXXX)"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

MVN=(./mvnw)
[ -n "${MVN_LOCK:-}" ] && MVN=(flock "$MVN_LOCK" ./mvnw)

brokers=(embedded)
[ -n "${RABBITMQ_HOST:-}" ] && brokers+=(rabbitmq)

run_once() { # broker, output file
  local broker="$1" out="$2"
  local env=(env -u RABBITMQ_HOST -u MONGODB_URI)
  [ "$broker" = rabbitmq ] && env=(env -u MONGODB_URI RABBITMQ_HOST="$RABBITMQ_HOST")
  (cd "$ROOT" && "${env[@]}" "${MVN[@]}" -q -B -o -pl review-service -am verify \
    -Dtest=none -Dit.test=TakedownLatencyBenchmarkIT \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dsummer.bench.takedown=true -Dsummer.bench.takedown.out="$out") >"$out.log" 2>&1 \
    || { log "the run failed: $out.log"; tail -40 "$out.log" >&2; exit 1; }
  [ -s "$out" ] || { log "no figures in $out (see $out.log)"; exit 1; }
}

for round in $(seq 1 "$ROUNDS"); do
  for broker in "${brokers[@]}"; do
    log "round $round: $broker"
    run_once "$broker" "$WORK/$broker-$round.properties"
  done
done

machine="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB"
if [ -n "${MVN_LOCK:-}" ]; then
  sharing="shared with others; each run held the build lock ($MVN_LOCK), so no build of theirs ran beside it"
else
  sharing="whatever else ran on it ran beside the benchmark"
fi
python3 - "$HERE/RESULTS.md" "$WORK" "$ROUNDS" "$machine, $sharing" "$(date -u +%Y-%m-%dT%H:%M)" "${brokers[@]}" <<'PY'
import sys, pathlib
out, work, rounds, machine, when, brokers = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6:]

def read(path):
    props = dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line)
    props["latency"] = [int(v) / 1000 for v in props["latencyMicros"].split(",")]
    props["answer"] = [int(v) / 1000 for v in props["answerMicros"].split(",")]
    return props

def rank(values, p):  # nearest rank: the smallest value with at least p % of the values at or below it
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * p // 100) - 1)]

def figures(values):
    return [rank(values, 50), rank(values, 95), rank(values, 99), max(values)]

runs = {b: [read(work / f"{b}-{r}.properties") for r in range(1, rounds + 1)] for b in brokers}
md = ["# Takedown to event: the time from a takedown request to its event's arrival", "",
      f"Written by `bench/takedown/run.sh` on {when} UTC.", "",
      f"- Machine: {machine}.",
      f"- Java: {runs[brokers[0]][0]['java']}.",
      "- What is measured (`review-service`'s `TakedownLatencyBenchmarkIT`): published items taken down one after the other",
      "  through `POST /api/v1/reviews/{id}/takedown` as the city reviewer, over HTTP on loopback; each from the request's",
      "  start to the arrival of its `review.takendown.xuhui` event at a listener (Spring AMQP) on its own queue bound to",
      "  `review.takendown.*`; the next takedown once the last event arrived. 20 takedowns first, not counted, then 100.",
      "  The service runs with the outbox relay's own settings: the write that stores the takedown and its event wakes the",
      "  relay, which publishes with a publisher confirm. Also shown: the HTTP answer's time, and how often the event",
      "  arrived before the answer did.",
      f"- {rounds} run(s) per broker (a new JVM and Spring context each), interleaved.", "",
      "## Result (all runs of a broker together, ms)", "",
      "| store | broker | takedowns | median | p95 | p99 | max | HTTP answer median | answer p99 | event before answer |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for b in brokers:
    lat = [v for r in runs[b] for v in r["latency"]]
    ans = [v for r in runs[b] for v in r["answer"]]
    first = sum(int(r["arrivedBeforeAnswer"]) for r in runs[b])
    p50, p95, p99, mx = figures(lat)
    md.append(f"| {runs[b][0]['store']} | {runs[b][0]['broker']} | {len(lat)} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {mx:.1f} "
              f"| {rank(ans, 50):.1f} | {rank(ans, 99):.1f} | {first} of {len(lat)} |")
md += ["", "## Runs (100 takedowns each, ms)", "",
       "| broker | run | median | p95 | p99 | max |", "|---|---:|---:|---:|---:|---:|"]
for r in range(rounds):
    for b in brokers:
        p50, p95, p99, mx = figures(runs[b][r]["latency"])
        md.append(f"| {b} | {r + 1} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {mx:.1f} |")
md += ["", "## Reading these figures", ""]
for b in brokers:
    lat = [v for r in runs[b] for v in r["latency"]]
    ans = [v for r in runs[b] for v in r["answer"]]
    md.append(f"- {b}: the HTTP answer's own p99 is {rank(ans, 99):.1f} ms of the {rank(lat, 99):.1f} ms p99 to the event; "
              f"the event arrived before the answer in {sum(int(r['arrivedBeforeAnswer']) for r in runs[b])} of {len(lat)} "
              "takedowns (the write wakes the relay, which publishes while the answer is on its way).")
md += ["- Percentiles are nearest-rank: the p99 of 100 takedowns is the 99th fastest.",
       "- Figures of the embedded store (mongo-java-server), not of MongoDB: every operation on a collection is",
       "  serialised there, and the relay's read of the document just written and its update after the confirm go through",
       "  the same lock as the takedown's own write.",
       "- The embedded broker (Qpid Broker-J) runs inside the test JVM, beside the service, sharing its heap, its",
       "  collector and the 2 cores; RabbitMQ is a process of its own.",
       "- Single runs on these shared 2-core machines vary by about ±25 % (CPU steal): compare figures taken side by side",
       "  in one run of the script, as the brokers are here.", ""]
pathlib.Path(out).write_text("\n".join(md), encoding="utf-8")
PY
cat "$HERE/RESULTS.md"
