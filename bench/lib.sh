# Shared by the benchmark scripts (source it): the Java they run on.
# Production-like: Java 25 when the machine has it, else the java on the PATH; JAVA_HOME wins when set.
if [ -z "${JAVA_HOME:-}" ]; then
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
fi
JAVA="$JAVA_HOME/bin/java"

# The JVM options a process of the local run was started with (before -jar, without the class-data archive and
# the encodings), e.g. jvm_options_of openday-service; "unknown" when it does not run.
jvm_options_of() {
  local pid
  pid="$(pgrep -f -- "-jar [^ ]*/$1.jar" | head -1 || true)"
  [ -n "$pid" ] || { echo unknown; return; }
  tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n '2,$p' | sed '/^-jar$/,$d' |
    grep -v -e '^-XX:SharedArchiveFile' -e '^-Dfile.encoding' -e '^-Dsun.std' -e '^-Dsummer.home' | tr '\n' ' ' | sed 's/ $//'
}

# The Java version a process of the local run runs on, e.g. java_of openday-service.
java_of() {
  local pid
  pid="$(pgrep -f -- "-jar [^ ]*/$1.jar" | head -1 || true)"
  [ -n "$pid" ] || { echo unknown; return; }
  "$(readlink -f "/proc/$pid/exe")" -version 2>&1 | head -1
}

# The local run's embedded store for a bench that drives it with the driver: MONGODB_URI, or else the port the
# launcher's log names ("started MongoServer(port: N"). Needs ROOT; exits when there is none.
store_uri() {
  local port
  if [ -z "${MONGODB_URI:-}" ]; then
    port="$(grep -ho 'started MongoServer(port: [0-9]*' "$ROOT/data/logs/launcher.log" 2> /dev/null | tail -1 |
      grep -o '[0-9]*$' || true)"
    [ -n "$port" ] && MONGODB_URI="mongodb://127.0.0.1:$port"
  fi
  [ -n "${MONGODB_URI:-}" ] || {
    echo "no store: set MONGODB_URI to the connection string ./run.sh printed (\"embedded store ... at\")" >&2
    exit 1
  }
  echo "$MONGODB_URI"
}

# The class path of the MongoDB driver inside openday-service's own jar, unpacked into the directory given: the
# store benches run on the driver the service runs on.
driver_classpath() {
  local jar="$ROOT/openday-service/target/openday-service.jar"
  [ -f "$jar" ] || { echo "no $jar: ./run.sh builds it" >&2; exit 1; }
  (cd "$1" && unzip -q -o "$jar" 'BOOT-INF/lib/mongodb-driver-*' 'BOOT-INF/lib/bson*')
  ls "$1"/BOOT-INF/lib/*.jar | tr '\n' ':'
}

# CPU seconds each process of the local run has used so far (utime + stime from /proc) and its peak resident set
# (VmHWM, MiB), "name seconds MiB" per line: the launcher (which holds the embedded store and broker),
# openday-service and the gateway.
# With several openday-service instances (SUMMER_OPENDAY_INSTANCES) their CPU is summed, their peaks are listed.
cpu_seconds() {
  local name pids
  for name in launcher openday-service gateway; do
    pids="$(pgrep -f -- "-jar [^ ]*/$name.jar" || true)"
    [ -n "$pids" ] || continue
    echo "$name $(for pid in $pids; do awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$pid/stat"; done |
      awk '{s += $1} END {print s}') $(for pid in $pids; do awk '/^VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status"; done |
      paste -sd+)"
  done
}

# Runs one crowd through the gateway (GATEWAY_URL) with wrk (THREADS, CONNECTIONS) and the crowd's script, timed
# from outside wrk: wrk's own duration runs on after the crowd whenever a request was lost to its timeout, so its
# "requests in N s" is not the crowd's time. The store-side watcher (`bench_java watch ARGS... FILE`, the caller's)
# returns once every attempt has reached the store, or when its count has stood still for STALL seconds; then wrk
# is stopped (SIGINT: it still prints its figures). Writes into WORK: NAME.txt (wrk's report), NAME.seconds (from
# wrk's start to the count's last change), NAME.cpu-before/-after (cpu_seconds); sets CROWD_COUNT to the count.
# The caller exports what the script reads (CROWD_ATTEMPTS, THREADS, ...).
run_crowd() { # name, script, watcher arguments...
  local name="$1" script="$2" started wrk_pid watcher last_change
  shift 2
  bench_java watch "$@" "$WORK/$name.watch" > "$WORK/$name.watching" &
  watcher=$!
  for _ in $(seq 1 100); do grep -q watching "$WORK/$name.watching" 2> /dev/null && break; sleep 0.1; done
  cpu_seconds > "$WORK/$name.cpu-before"
  started="$(date +%s%3N)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d600s --timeout 10s --latency -s "$script" "$GATEWAY_URL" > "$WORK/$name.txt" &
  wrk_pid=$!
  wait "$watcher" || true
  cpu_seconds > "$WORK/$name.cpu-after"
  sleep 1 # the answers that change no count (a refused repeat) have a moment to arrive
  kill -INT "$wrk_pid" 2> /dev/null || true
  wait "$wrk_pid" || true
  read -r last_change CROWD_COUNT < "$WORK/$name.watch"
  python3 -c "print(f'{($last_change - $started) / 1000:.2f}')" > "$WORK/$name.seconds"
}
