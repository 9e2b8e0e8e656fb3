#!/usr/bin/env bash
# Checks the local run end to end, as issue 2's "Done when" lists it: starts ./run.sh, then through the
# gateway: 401 without a token, a demo token, an answer from each service's route, 429 after a burst
# on a public endpoint, 503 problem+json once a service is stopped, and nothing left after Ctrl-C.
# Exits non-zero when a check fails. Needs curl; ports 8080-8084 must be free.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/local-run-lib.sh"
cd "$ROOT"

GATEWAY=http://localhost:8080
OUT="$ROOT/data/logs/smoke-run.out"
passed=0
failed=0
WORK="$(mktemp -d)"
trap 'kill_run; rm -rf "$WORK"' EXIT

check() { # check NAME CONDITION-RESULT DETAIL
  if [[ "$2" == 0 ]]; then
    echo "PASS  $1"
    passed=$((passed + 1))
  else
    echo "FAIL  $1${3:+: $3}"
    failed=$((failed + 1))
  fi
}

# http METHOD URL [curl args...]: prints "STATUS CONTENT-TYPE"; the body is left in $WORK/body.
http() {
  local method=$1 url=$2
  shift 2
  curl -s -o "$WORK/body" -w '%{http_code} %{content_type}' -X "$method" "$@" "$url"
}

require_free_ports
./run.sh --build-only || exit 1
mkdir -p data/logs
echo "starting the local run (output: ${OUT#"$ROOT/"})"
start=$SECONDS
start_run "$OUT"
if ! wait_ready 300; then
  echo "FAIL  the local run did not become ready; its output:"
  cat "$OUT"
  exit 1
fi
check "every service and the gateway ready ($((SECONDS - start)) s)" 0

# 1. No token, no entry.
read -r status type < <(http GET "$GATEWAY/api/v1/complaints/categories")
[[ "$status" == 401 ]]
check "401 without a token" $? "got $status"

# 2. A token from the demo endpoint.
read -r status type < <(http POST "$GATEWAY/api/v1/auth/token" \
  -H 'Content-Type: application/json' -d '{"username":"city-admin","password":"hotline"}')
token="$(sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' "$WORK/body")"
[[ "$status" == 200 && -n "$token" ]]
check "a token for city-admin from POST /api/v1/auth/token" $? "got $status $(head -c 300 "$WORK/body")"

# 3. Each service answers through the gateway with that token.
for route in /api/v1/complaints/categories /api/v1/publicity/themes /api/v1/openday/cloud/sections \
  /api/v1/reviews/levels; do
  read -r status type < <(http GET "$GATEWAY$route" -H "Authorization: Bearer $token")
  [[ "$status" =~ ^[0-9]+$ && "$status" != 401 && "$status" -lt 500 ]]
  check "GET $route through the gateway answers $status" $? "$(head -c 300 "$WORK/body")"
done

# 4. A burst on a public endpoint meets the rate limit.
burst() { # burst METHOD URL COUNT [curl args]: prints one status per line
  local method=$1 url=$2 count=$3
  shift 3
  local config="$WORK/burst.curlrc" i
  : > "$config"
  for ((i = 0; i < count; i++)); do
    printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >> "$config"
  done
  curl -s -X "$method" "$@" -w '%{http_code} %{content_type}\n' -K "$config"
}
burst GET "$GATEWAY/api/v1/complaints/track/SH00000000" 300 > "$WORK/statuses"
limited_on="GET /api/v1/complaints/track/{number}"
if ! grep -q '^429 ' "$WORK/statuses"; then
  burst POST "$GATEWAY/api/v1/auth/token" 300 -H 'Content-Type: application/json' \
    -d '{"username":"city-admin","password":"hotline"}' > "$WORK/statuses"
  limited_on="POST /api/v1/auth/token"
fi
if grep -q '^429 ' "$WORK/statuses"; then
  first=$(grep -n '^429 ' "$WORK/statuses" | head -1 | cut -d: -f1)
  ! grep '^429 ' "$WORK/statuses" | grep -qv '^429 application/problem+json'
  check "429 problem+json on $limited_on after a burst of $((first - 1)) requests" $? \
    "$(grep '^429 ' "$WORK/statuses" | sort | uniq -c | tr '\n' ' ')"
else
  check "429 after a burst on a public endpoint" 1 "answers seen: $(sort "$WORK/statuses" | uniq -c | tr '\n' ' ')"
fi

# 5. A stopped service: its route answers 503 problem+json naming it.
pid="$(child_pid complaint-service)"
if [[ -n "$pid" ]]; then
  kill "$pid"
  for _ in $(seq 1 150); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
  for _ in $(seq 1 30); do
    read -r status type < <(http GET "$GATEWAY/api/v1/complaints/categories" -H "Authorization: Bearer $token")
    [[ "$status" == 503 ]] && break
    sleep 0.5
  done
  [[ "$status" == 503 && "$type" == application/problem+json* ]] && grep -q complaint-service "$WORK/body"
  check "503 problem+json naming complaint-service once it is stopped (pid $pid)" $? \
    "got $status $type $(head -c 300 "$WORK/body")"
  grep -q "STOPPED complaint-service" "$OUT"
  check "the launcher reports the stopped service" $?
  read -r status type < <(http GET "$GATEWAY/api/v1/reviews/levels" -H "Authorization: Bearer $token")
  [[ "$status" != 401 && "$status" -lt 500 ]]
  check "the other routes still answer ($status from /api/v1/reviews/levels)" $?
else
  check "the launcher printed complaint-service's pid" 1
fi

# 6. Ctrl-C stops everything.
pids="$(group_pids | tr '\n' ' ')"
stop_run 60
check "Ctrl-C stops every process of the run (pids $pids)" $?
for p in $pids; do
  if kill -0 "$p" 2> /dev/null; then check "process $p gone" 1; fi
done
grep -q "stopped everything" "$OUT"
check "the launcher closed the store and broker" $?
left=""
for port in "${PORTS[@]}"; do port_in_use "$port" && left+=" $port"; done
[[ -z "$left" ]]
check "ports 8080-8084 free again" $? "still listening:$left"

echo
echo "$passed passed, $failed failed"
[[ "$failed" == 0 ]]
