# Shared by the end-to-end smoke scripts (smoke-complaints.sh, smoke-reviews.sh): checks counted and
# printed, calls through the gateway, demo tokens, and a local run started unless one answers already.
source "$(dirname "${BASH_SOURCE[0]}")/local-run-lib.sh"
cd "$ROOT"

GATEWAY=http://localhost:8080
passed=0
failed=0
WORK="$(mktemp -d)"
trap 'kill_run; rm -rf "$WORK"' EXIT

check() { # check NAME EXPECTED ACTUAL
  if [[ "$2" == "$3" ]]; then
    echo "PASS  $1"
    passed=$((passed + 1))
  else
    echo "FAIL  $1: expected $2, got $3 $(head -c 300 "$WORK/body")"
    failed=$((failed + 1))
  fi
}

# call METHOD PATH [TOKEN] [JSON]: prints the status; the body is left in $WORK/body.
call() {
  local args=(-s -o "$WORK/body" -w '%{http_code}' -X "$1" "$GATEWAY$2")
  [[ -n "${3:-}" ]] && args+=(-H "Authorization: Bearer $3")
  [[ -n "${4:-}" ]] && args+=(-H 'Content-Type: application/json' --data-binary "$4")
  curl "${args[@]}"
}

token_of() {
  curl -s -X POST "$GATEWAY/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"hotline\"}" | jq -r .access_token
}

# start_unless_running NAME: builds and starts ./run.sh (output in data/logs/NAME-run.out) unless a run
# answers on :8080 already; exits when it does not become ready.
start_unless_running() {
  if ! port_in_use 8080; then
    require_free_ports
    ./run.sh --build-only || exit 1
    mkdir -p data/logs
    start_run "$ROOT/data/logs/$1-run.out"
    wait_ready 300 || { echo "FAIL  the local run did not become ready"; cat "$RUN_OUT"; exit 1; }
  fi
}

# finish: the count, and the exit status of the script.
finish() {
  echo "$passed passed, $failed failed"
  [[ $failed == 0 ]]
}
