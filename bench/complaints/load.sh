#!/usr/bin/env bash
# Complaint intake throughput through the gateway, against the local run (./run.sh, embedded store unless
# MONGODB_URI says otherwise): POST /api/v1/complaints as the 12345 operator, with the trivial
# GET /api/v1/complaints/categories measured in the same run, interleaved, so the two figures share the
# machine's state. Writes bench/complaints/results.md. Not a test: start ./run.sh, then
# `bash bench/complaints/load.sh`.
#
# Knobs (environment): GATEWAY_URL (http://127.0.0.1:8080), WARMUP_SECONDS (60), ROUNDS (3),
# ROUND_SECONDS (20), CONNECTIONS (32), THREADS (2).
#
# POST /api/v1/complaints is also the citizens' public web form, which the gateway rate-limits per client
# address for anonymous callers only; the operator's requests carry a token and are not limited. Only 2xx
# answers are counted as throughput; any other answer is reported.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/complaints"
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
WARMUP_SECONDS="${WARMUP_SECONDS:-60}"
ROUNDS="${ROUNDS:-3}"
ROUND_SECONDS="${ROUND_SECONDS:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WORK="$(mktemp -d /tmp/bench-complaints.XXXXXX)"

log() { printf '[load %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }

token() {
  curl -sf -X POST "$GATEWAY_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\": \"$1\", \"password\": \"hotline\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

TOKEN="$(token operator)" || { echo "no token from $GATEWAY_URL/api/v1/auth/token: is ./run.sh up?" >&2; exit 1; }
export TOKEN
# The number of stored complaints; right after a burst the service may still be catching up: try a few times.
count_complaints() {
  local attempt body
  for attempt in 1 2 3 4 5 6; do
    if body="$(curl -sf --max-time 30 "$GATEWAY_URL/api/v1/complaints?size=1" -H "Authorization: Bearer $TOKEN")"; then
      python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' <<< "$body"
      return 0
    fi
    sleep 5
  done
  echo "?"
}
complaints_before="$(count_complaints)"

run_wrk() { # name, seconds, extra args...
  local name="$1" seconds="$2"; shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" > "$WORK/$name.txt"
}

get_args=(-H "Authorization: Bearer $TOKEN" "$GATEWAY_URL/api/v1/complaints/categories")
post_args=(-s "$HERE/create.lua" "$GATEWAY_URL")

log "warming up for ${WARMUP_SECONDS}s (both requests, alternating)"
half=$((WARMUP_SECONDS / 2 > 1 ? WARMUP_SECONDS / 2 : 1))
run_wrk warmup-get "$half" "${get_args[@]}"
run_wrk warmup-post "$half" "${post_args[@]}"

for ((round = 1; round <= ROUNDS; round++)); do
  log "round $round/$ROUNDS: GET categories"
  run_wrk "get-$round" "$ROUND_SECONDS" "${get_args[@]}"
  log "round $round/$ROUNDS: POST complaints"
  run_wrk "post-$round" "$ROUND_SECONDS" "${post_args[@]}"
done

complaints_after="$(count_complaints)"

python3 - "$WORK" "$ROUNDS" "$HERE/results.md" "$CONNECTIONS" "$THREADS" "$ROUND_SECONDS" "$WARMUP_SECONDS" \
  "$complaints_before" "$complaints_after" << 'PY'
import re, statistics, sys, platform, datetime, os
work, rounds, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
connections, threads, seconds, warmup, before, after = sys.argv[4:10]

def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

def parse(path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", text)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    total = re.search(r"(\d+) requests in", text)
    duration = re.search(r"requests in ([\d.]+)(ms|s|m)", text)
    seconds = float(duration.group(1)) * {"ms": 0.001, "s": 1.0, "m": 60.0}[duration.group(2)]
    failed = int(errors.group(1)) if errors else 0
    requests = int(total.group(1))
    return {"rps": (requests - failed) / seconds, "p50": ms(*p50.groups()), "p99": ms(*p99.groups()),
            "errors": failed, "requests": requests}

results = {kind: [parse(os.path.join(work, f"{kind}-{r}.txt")) for r in range(1, rounds + 1)] for kind in ("get", "post")}
med = {kind: {k: statistics.median(r[k] for r in rs) for k in ("rps", "p50", "p99")} for kind, rs in results.items()}
lines = [
    "# Complaint intake through the gateway",
    "",
    f"Measured {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')} on this machine ({os.cpu_count()} cores, "
    f"{platform.system()}), against the local run (`./run.sh`) on the **embedded store** (mongo-java-server, H2 "
    "file backend) and embedded broker: figures of the embedded store, not of MongoDB.",
    "",
    f"wrk -t{threads} -c{connections}, {rounds} interleaved rounds of {seconds} s after a {warmup} s warm-up; medians.",
    "",
    "| request | 2xx requests/s | p50 (ms) | p99 (ms) | non-2xx in all rounds |",
    "|---|---:|---:|---:|---:|",
]
names = {"post": "POST /api/v1/complaints (operator, create)", "get": "GET /api/v1/complaints/categories (trivial read)"}
for kind in ("post", "get"):
    m = med[kind]
    lines.append(f"| {names[kind]} | {m['rps']:.0f} | {m['p50']:.1f} | {m['p99']:.1f} | "
                 f"{sum(r['errors'] for r in results[kind])} |")
if sum(r["errors"] for r in results["post"]):
    lines += ["", "**Some creates were refused** (usually 429: the gateway's per-client limit of the public web form); "
              "start the local run with `SUMMER_GATEWAY_RATELIMIT_ENABLED=false` to measure intake itself."]
lines += ["", f"Create at {med['post']['rps'] / med['get']['rps']:.2f}× the trivial GET's throughput. "
          f"Complaints stored: {before} before, {after} after the run.", "", "Per round:", "",
          "| round | GET req/s | GET p99 (ms) | POST req/s | POST p99 (ms) |", "|---:|---:|---:|---:|---:|"]
for r in range(rounds):
    g, p = results["get"][r], results["post"][r]
    lines.append(f"| {r + 1} | {g['rps']:.0f} | {g['p99']:.1f} | {p['rps']:.0f} | {p['p99']:.1f} |")
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
log "wrote $HERE/results.md"
