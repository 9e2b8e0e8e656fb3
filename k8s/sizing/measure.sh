#!/usr/bin/env bash
# Memory and CPU of each application under a light load, for the requests and limits in k8s/base (see
# k8s/README.md, "Sizing"). Against a local run started with the image's JVM options and a container's view of
# memory and CPU, e.g.:
#   JAVA_HOME=<a JDK 25> RABBITMQ_HOST=127.0.0.1 SUMMER_CDS=off \
#   SUMMER_JAVA_OPTS="-XX:MaxRAM=768m -XX:ActiveProcessorCount=1 -XX:MaxRAMPercentage=75.0 -XX:InitialRAMPercentage=25.0 -XX:+ExitOnOutOfMemoryError" \
#   ./run.sh
# then `bash k8s/sizing/measure.sh data/logs/launcher-stdout.log` (the file holding the launcher's
# "started <module> pid <n>" lines). Per application: resident memory idle, CPU and peak resident memory while
# wrk drives its endpoints through the gateway (LOAD_SECONDS each, CONNECTIONS connections).
set -euo pipefail
LAUNCHER_LOG="${1:?the launcher output with the started ... pid lines}"
GATEWAY_URL="${GATEWAY_URL:-http://127.0.0.1:8080}"
LOAD_SECONDS="${LOAD_SECONDS:-30}"
CONNECTIONS="${CONNECTIONS:-16}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v wrk > /dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }

pid_of() { sed -n "s/^started $1 *pid \([0-9]*\).*/\1/p" "$LAUNCHER_LOG" | tail -1; }
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS="$(getconf CLK_TCK)"

token() {
  curl -sf -X POST "$GATEWAY_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\": \"$1\", \"password\": \"hotline\"}" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/'
}
export TOKEN
TOKEN="$(token city-admin)"
OPERATOR="$(token operator)"

# module, then wrk arguments for its load (through the gateway, so the gateway is loaded all along)
loads=(
  "complaint-service|-s $HERE/../../bench/complaints/create.lua $GATEWAY_URL|operator"
  "complaint-service|$GATEWAY_URL/api/v1/complaints?size=20|admin"
  "publicity-service|$GATEWAY_URL/api/v1/publicity/labels|admin"
  "openday-service|$GATEWAY_URL/api/v1/openday/labels|admin"
  "review-service|$GATEWAY_URL/api/v1/reviews/labels|admin"
)
gateway="$(pid_of gateway)"
printf '%-18s %-45s %8s %8s %9s %9s %10s\n' module load idle_MiB peak_MiB cpu_cores gw_cores req_per_s
for entry in "${loads[@]}"; do
  IFS='|' read -r module args who <<< "$entry"
  pid="$(pid_of "$module")"
  if [[ "$who" == operator ]]; then auth="$OPERATOR"; else auth="$TOKEN"; fi
  idle="$(rss_mib "$pid")"; peak="$idle"
  c0="$(cpu_ticks "$pid")"; g0="$(cpu_ticks "$gateway")"; t0="$(date +%s.%N)"
  # shellcheck disable=SC2086
  TOKEN="$auth" wrk -t2 -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" -H "Authorization: Bearer $auth" $args > /tmp/measure-wrk.txt &
  wrk_pid=$!
  while kill -0 "$wrk_pid" 2> /dev/null; do
    now="$(rss_mib "$pid")"; (( now > peak )) && peak="$now"
    sleep 1
  done
  t1="$(date +%s.%N)"; c1="$(cpu_ticks "$pid")"; g1="$(cpu_ticks "$gateway")"
  rate="$(awk '/Requests\/sec/ {print $2}' /tmp/measure-wrk.txt)"
  non2xx="$(awk '/Non-2xx/ {print $NF}' /tmp/measure-wrk.txt)"
  printf '%-18s %-45s %8s %8s %9.2f %9.2f %10s %s\n' "$module" "${args##*/}" "$idle" "$peak" \
    "$(echo "($c1 - $c0) / $TICKS / ($t1 - $t0)" | bc -l)" "$(echo "($g1 - $g0) / $TICKS / ($t1 - $t0)" | bc -l)" \
    "$rate" "${non2xx:+non-2xx: $non2xx}"
done
echo "gateway resident: $(rss_mib "$gateway") MiB after all loads"
