#!/usr/bin/env bash
# Measures the local run: time from `./run.sh` to "ready" (every service's readiness UP) over several
# runs, with the median, and the memory of the whole run (resident set of the launcher, which holds
# the embedded store and broker, plus its five child JVMs) once ready. Builds first if needed, so
# that the runs measure start-up only. Usage: scripts/time-local-run.sh [RUNS] (default 3).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/local-run-lib.sh"
cd "$ROOT"

runs="${1:-3}"
trap 'kill_run' EXIT

require_free_ports
./run.sh --build-only || exit 1
mkdir -p data/logs

# The first start after a build extracts the jars and lists the classes each application loads; once
# it is ready, the launcher dumps their class archives in the background. That start is reported but
# not counted: every later start maps the archives.
archives=$(ls data/cds/*/classes.jsa 2> /dev/null | wc -l)
if [[ "${SUMMER_CDS:-}" != off && "$archives" -lt 5 ]]; then
  out="$ROOT/data/logs/time-run-0.out"
  t0=$(now)
  start_run "$out"
  wait_ready 300 || { echo "the first start did not become ready:" >&2; cat "$out" >&2; exit 1; }
  t1=$(now)
  printf 'first start after the build (extracts the jars, lists classes): ready in %s s\n' \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
  for _ in $(seq 1 600); do
    grep -q "class archive(s)" "$out" && break
    sleep 1
  done
  printf 'class archives dumped %s s after ready\n' "$(awk -v a="$t1" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }')"
  stop_run 120 || { echo "the first start did not stop within 120 s" >&2; exit 1; }
fi

times=()
rss=()
for ((i = 1; i <= runs; i++)); do
  out="$ROOT/data/logs/time-run-$i.out"
  t0=$(now)
  start_run "$out"
  if ! wait_ready 300; then
    echo "run $i did not become ready; its output:" >&2
    cat "$out" >&2
    exit 1
  fi
  t1=$(now)
  # Settle a moment: the last child just answered; its RSS is what a developer's machine carries.
  sleep 2
  mem=$(group_rss_mib)
  procs=$(group_pids | wc -l)
  t2=$(now)
  if ! stop_run 90; then
    echo "run $i did not stop within 90 s after Ctrl-C" >&2
    exit 1
  fi
  t3=$(now)
  ready=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  stop=$(awk -v a="$t2" -v b="$t3" 'BEGIN { printf "%.1f", b - a }')
  times+=("$ready")
  rss+=("$mem")
  printf 'run %d: ready in %5s s (launcher says %s), %d processes, %s MiB resident, stopped in %s s\n' \
    "$i" "$ready" "$(sed -n 's/.*is ready in \([0-9.]* s\).*/\1/p' "$out")" "$procs" "$mem" "$stop"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { m = (NR + 1) / 2; print (NR % 2) ? v[m] : (v[NR/2] + v[NR/2+1]) / 2 }'; }
echo
echo "machine: $(nproc) cores, $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
echo "time to ready, median of $runs: $(median "${times[@]}") s   (runs: ${times[*]})"
echo "memory once ready, median of $runs: $(median "${rss[@]}") MiB resident   (runs: ${rss[*]})"
