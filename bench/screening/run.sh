#!/usr/bin/env bash
# Pre-screen throughput: review-service's PreScreen (word list and detectors of internal information) screening
# texts of 2,000 characters against a generated list of 10,000 words, side by side in the same run with a list of
# 1,000 words. In process, one thread, deterministic data. Writes bench/screening/RESULTS.md. Not a test: run it
# by hand, `bash bench/screening/run.sh`.
#
# Knobs (environment): WARMUP_SECONDS (20), ROUNDS (5), ROUND_SECONDS (10), JAVA_HOME (Java 25 if present),
# BENCH_JAVA_OPTS (-Xms512m -Xmx512m -XX:+UseParallelGC), MVN_LOCK (a file to hold with flock while Maven builds,
# on machines whose builds share one lock).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/screening"
WARMUP_SECONDS="${WARMUP_SECONDS:-20}"
ROUNDS="${ROUNDS:-5}"
ROUND_SECONDS="${ROUND_SECONDS:-10}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}"

source "$ROOT/bench/lib.sh"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# The service's classes and its runtime classpath, built offline (the dependencies are those of its tests).
log "compiling review-service and listing its classpath"
MVN=(./mvnw)
[ -n "${MVN_LOCK:-}" ] && MVN=(flock "$MVN_LOCK" ./mvnw)
(cd "$ROOT" && "${MVN[@]}" -q -B -o -pl review-service -am compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime)
CLASSPATH="$ROOT/review-service/target/classes:$(cat "$ROOT/review-service/target/bench-classpath.txt")"

libraries="$(tr ':' '\n' <<< "$CLASSPATH" | grep -oE '(icu4j|ahocorasick)-[0-9.]+\.jar' | sed -E 's/\.jar$//' \
  | sed -E 's/^icu4j-/ICU4J (com.ibm.icu:icu4j) /; s/^ahocorasick-/org.ahocorasick:ahocorasick /' | paste -sd, - | sed 's/,/, /g')"

log "running on $("$JAVA" -version 2>&1 | head -1)"
# shellcheck disable=SC2086
"$JAVA" $BENCH_JAVA_OPTS -cp "$CLASSPATH" "$HERE/ScreeningBench.java" \
  "$HERE/RESULTS.md" "$WARMUP_SECONDS" "$ROUNDS" "$ROUND_SECONDS" "$libraries"
cat "$HERE/RESULTS.md"
