# Shared by smoke-local-run.sh and time-local-run.sh: start ./run.sh in its own process group (as a
# terminal would), wait for it, and stop it the way Ctrl-C does.

# Job control gives the background run its own process group and, unlike a plain `cmd &` in a
# script, leaves SIGINT deliverable: the JVM ignores SIGINT when it starts with it ignored.
set -m

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_PID=""
RUN_OUT=""
PORTS=(8080 8081 8082 8083 8084)

now() { date +%s.%N; }

port_in_use() {
  (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

require_free_ports() {
  local port
  for port in "${PORTS[@]}"; do
    if port_in_use "$port"; then
      echo "port $port is already in use: stop the other local run first" >&2
      exit 2
    fi
  done
}

# start_run OUTPUT_FILE: starts ./run.sh --no-build in the background; its pid is also its process group.
start_run() {
  RUN_OUT="$1"
  : > "$RUN_OUT"
  "$ROOT/run.sh" --no-build > "$RUN_OUT" 2>&1 &
  RUN_PID=$!
}

# wait_ready TIMEOUT_SECONDS: 0 once the launcher says every service is ready, 1 on problems or timeout.
wait_ready() {
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    if grep -q "Summer Hotline is ready in" "$RUN_OUT"; then return 0; fi
    if grep -q "started with problems\|could not start\|cannot start" "$RUN_OUT"; then return 1; fi
    if ! kill -0 "$RUN_PID" 2> /dev/null; then return 1; fi
    sleep 0.2
  done
  return 1
}

# The pids of the run: the launcher (the group leader) and every child in its group.
group_pids() {
  ps -e -o pid=,pgid= | awk -v g="$RUN_PID" '$2 == g { print $1 }'
}

# Resident memory of the whole run, in MiB.
group_rss_mib() {
  ps -e -o pgid=,rss= | awk -v g="$RUN_PID" '$1 == g { kb += $2 } END { printf "%.0f", kb / 1024 }'
}

# child_pid MODULE: the pid the launcher printed for a module.
child_pid() {
  sed -n "s/^started $1 *pid \([0-9]*\).*/\1/p" "$RUN_OUT" | head -1
}

# stop_run TIMEOUT_SECONDS: Ctrl-C to the whole group, as a terminal sends it; 0 when every process is gone.
stop_run() {
  [[ -n "$RUN_PID" ]] || return 0
  kill -INT -- "-$RUN_PID" 2> /dev/null || true
  local deadline=$((SECONDS + $1))
  while ((SECONDS < deadline)); do
    if [[ -z "$(group_pids)" ]]; then
      wait "$RUN_PID" 2> /dev/null || true
      RUN_PID=""
      return 0
    fi
    sleep 0.2
  done
  return 1
}

# For traps: whatever happened, leave nothing running.
kill_run() {
  if [[ -n "$RUN_PID" ]] && ! stop_run 60; then
    kill -KILL -- "-$RUN_PID" 2> /dev/null || true
  fi
}
