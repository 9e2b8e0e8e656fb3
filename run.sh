#!/usr/bin/env bash
# The whole Summer Hotline system on this machine, with one command: builds the jars when they are
# missing or older than the sources, then starts the launcher, which starts an embedded store and
# broker (unless MONGODB_URI / RABBITMQ_HOST name real ones), the four services and the gateway.
# Ctrl-C stops everything it started.
#
#   ./run.sh               build if needed, then run
#   ./run.sh --build-only  build if needed, then exit
#   ./run.sh --no-build    run the jars as they are
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

mode="${1:-run}"
case "$mode" in
  run | --build-only | --no-build) ;;
  -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "unknown option: $mode (try --help)" >&2; exit 2 ;;
esac

if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi
if ! command -v "$JAVA" > /dev/null 2>&1; then
  echo "No Java found: install a JDK 17 or newer, or set JAVA_HOME." >&2
  exit 1
fi
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
java_major="${java_major#1.}"
if [[ -z "$java_major" || "$java_major" -lt 17 ]]; then
  echo "Java ${java_major:-unknown} found at $(command -v "$JAVA"); Summer Hotline needs Java 17 or newer." >&2
  exit 1
fi

# The modules whose jars the local run executes, and those they are built from.
RUN_JARS=(
  launcher/target/launcher.jar
  gateway/target/gateway.jar
  complaint-service/target/complaint-service.jar
  publicity-service/target/publicity-service.jar
  openday-service/target/openday-service.jar
  review-service/target/review-service.jar
)
STAMP=launcher/target/.local-run-build

needs_build() {
  local jar
  for jar in "${RUN_JARS[@]}"; do
    [[ -f "$jar" ]] || return 0
  done
  [[ -f "$STAMP" ]] || return 0
  # Main sources, resources and poms only: a changed test does not change what runs.
  local sources=(pom.xml */pom.xml */src/main)
  [[ -d contracts ]] && sources+=(contracts)
  [[ -n "$(find "${sources[@]}" -newer "$STAMP" -print -quit 2> /dev/null)" ]]
}

if [[ "$mode" != "--no-build" ]] && needs_build; then
  echo "Building the jars (the first build downloads dependencies and takes a few minutes)..."
  started=$SECONDS
  # Stamped with the time the build began, so an edit made during the build triggers the next one.
  mkdir -p launcher/target
  touch "$STAMP.new"
  # Formatting is checked by the test command, not here: an unformatted edit should still run.
  # `package`, not `install`: the reactor finds its own modules, and ~/.m2 is left as it was.
  if ! ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package; then
    echo "The build failed; the messages above say why." >&2
    exit 1
  fi
  mv "$STAMP.new" "$STAMP"
  echo "Built in $((SECONDS - started)) s."
fi
[[ "$mode" == "--build-only" ]] && exit 0

mkdir -p data/logs
# The launcher itself holds the embedded store and broker: start-up over peak speed, as for the children.
# SUMMER_LAUNCHER_JAVA_OPTS replaces these options, as SUMMER_JAVA_OPTS does the children's (the benchmarks
# measure with the JVM's own defaults that way).
read -r -a launcher_opts <<< "${SUMMER_LAUNCHER_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m}"
exec "$JAVA" "${launcher_opts[@]}" -Dfile.encoding=UTF-8 \
  -Dsummer.home="$ROOT" -jar launcher/target/launcher.jar
