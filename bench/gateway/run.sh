#!/usr/bin/env bash
# Gateway speed benchmark: the same authenticated GET of a service, through the gateway and through
# nginx (a plain reverse proxy with upstream keep-alive), driven by wrk, interleaved, on this machine.
# Writes bench/gateway/results.md. Not a test: run it by hand, `bash bench/gateway/run.sh`.
#
# Knobs (environment): WARMUP_SECONDS (default 150), ROUNDS (6), ROUND_SECONDS (25), CONNECTIONS (64),
# THREADS (2), BACKEND (auto|complaint|standin), JAVA_HOME (Java 25 if present), GATEWAY_JAVA_OPTS, PROFILE=1 (JFR of the gateway during
# the measured rounds, top frames appended to the results).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/gateway"
WARMUP_SECONDS="${WARMUP_SECONDS:-150}"
ROUNDS="${ROUNDS:-6}"
ROUND_SECONDS="${ROUND_SECONDS:-25}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PROFILE="${PROFILE:-0}"
PATH_UNDER_TEST="/api/v1/complaints/categories"

source "$ROOT/bench/lib.sh"
# Production-like: Java 25, virtual threads on (application.yml), a fixed heap. The parallel collector
# costs less per allocation than G1 on two cores and keeps pauses of this small young generation short.
GATEWAY_JAVA_OPTS="${GATEWAY_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC -Dio.netty.leakDetection.level=disabled}"
BACKEND_JAVA_OPTS="${BACKEND_JAVA_OPTS:--Xms512m -Xmx512m -XX:+UseParallelGC}"

WORK="$(mktemp -d /tmp/bench-gateway.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_for() { # url, token, seconds
  local url="$1" token="$2" limit="$3" i
  for ((i = 0; i < limit * 4; i++)); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url" || true)" = 200 ]; then
      return 0
    fi
    sleep 0.25
  done
  log "no 200 from $url after ${limit}s"; return 1
}

# ---------------------------------------------------------------------------------------------- tools
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  log "installing wrk and nginx (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi

# ------------------------------------------------------------------------------------------- the jars
GATEWAY_JAR="$ROOT/gateway/target/gateway.jar"
if [ ! -f "$GATEWAY_JAR" ]; then
  log "building the gateway"
  (cd "$ROOT" && ./mvnw -q -B -pl gateway package -DskipTests)
fi

SECRET="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
mint_token() {
  local now exp header payload signature
  now=$(date +%s); exp=$((now + 6 * 3600))
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"sub":"operator","roles":["OPERATOR"],"unit":"city","iat":%d,"exp":%d}' "$now" "$exp" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}
TOKEN="$(mint_token)"

BACKEND_PORT="$(free_port)"
COMPLAINT_JAR="$ROOT/complaint-service/target/complaint-service.jar"
BACKEND="${BACKEND:-auto}" # auto: complaint-service when its jar is built, else the stand-in; or complaint / standin
if [ "$BACKEND" = complaint ] || { [ "$BACKEND" = auto ] && [ -f "$COMPLAINT_JAR" ]; }; then
  # The real service needs a MongoDB and a broker: the embedded ones of the local run, started here.
  log "backend: complaint-service with an embedded store and broker"
  (cd "$ROOT" && ./mvnw -q -B -o -pl embedded-infra dependency:build-classpath -Dmdep.outputFile="$WORK/infra.cp" >/dev/null)
  INFRA_CP="$ROOT/embedded-infra/target/classes:$(cat "$WORK/infra.cp")"
  # Qpid Broker-J calls Subject.getSubject, refused from Java 24 on: the store and broker run on the
  # machine's Java 17 when there is one (they are not what is measured).
  INFRA_JAVA="$JAVA"
  [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ] && INFRA_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
  "$INFRA_JAVA" -Djava.security.manager=allow -cp "$INFRA_CP" "$HERE/Infra.java" "$WORK/infra.env" >"$WORK/infra.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 120); do [ -s "$WORK/infra.env" ] && break; sleep 0.5; done
  [ -s "$WORK/infra.env" ] || { log "embedded store/broker did not start"; cat "$WORK/infra.log"; exit 1; }
  # shellcheck disable=SC1091
  . "$WORK/infra.env"
  BACKEND_NAME="complaint-service (real jar), GET $PATH_UNDER_TEST"
  BACKEND_STORE="embedded mongo-java-server (in memory, loopback)"
  BACKEND_BROKER="embedded Qpid Broker-J (AMQP 0-9-1, loopback)"
  BACKEND_JAR="$COMPLAINT_JAR"
  BACKEND_ENV=(MONGODB_URI="$MONGODB_URI" RABBITMQ_HOST="$RABBITMQ_HOST" RABBITMQ_PORT="$RABBITMQ_PORT"
    RABBITMQ_USER=guest RABBITMQ_PASSWORD=guest RABBITMQ_VHOST=/ SUMMER_EVENTS_BROKER=qpid)
else
  log "backend: stand-in (bench/gateway/backend)"
  STANDIN_JAR="$HERE/backend/target/bench-backend.jar"
  if [ ! -f "$STANDIN_JAR" ]; then
    (cd "$ROOT" && ./mvnw -q -B -f bench/gateway/backend/pom.xml package -DskipTests)
  fi
  BACKEND_NAME="stand-in service bench/gateway/backend (Boot 4 webmvc on Tomcat, Spring Security HS256 JWT), GET $PATH_UNDER_TEST (static list)"
  BACKEND_STORE="none (static data)"
  BACKEND_BROKER="none"
  BACKEND_JAR="$STANDIN_JAR"
  BACKEND_ENV=()
fi

log "starting the backend on $BACKEND_PORT"
# Unlimited keep-alive requests: Tomcat's default of 100 would make both proxies reconnect all along.
env "${BACKEND_ENV[@]}" SERVER_PORT="$BACKEND_PORT" SUMMER_JWT_SECRET="$SECRET" \
  "$JAVA" $BACKEND_JAVA_OPTS -jar "$BACKEND_JAR" \
  --server.tomcat.max-keep-alive-requests=-1 --server.tomcat.keep-alive-timeout=60s \
  --logging.level.root=WARN >"$WORK/backend.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$BACKEND_PORT$PATH_UNDER_TEST" "$TOKEN" 120

GATEWAY_PORT="$(free_port)"
log "starting the gateway on $GATEWAY_PORT"
JFR_OPTS=""
SUMMER_JWT_SECRET="$SECRET" SERVER_PORT="$GATEWAY_PORT" COMPLAINT_SERVICE_URL="http://127.0.0.1:$BACKEND_PORT" \
  "$JAVA" $GATEWAY_JAVA_OPTS -jar "$GATEWAY_JAR" --logging.level.root=WARN >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=($GATEWAY_PID)
wait_for "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" "$TOKEN" 120

NGINX_PORT="$(free_port)"
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
user root;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream backend {
    server 127.0.0.1:$BACKEND_PORT;
    keepalive 128;
    keepalive_requests 100000;
    keepalive_timeout 60s;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    keepalive_requests 100000;
    location / {
      proxy_pass http://backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
EOF
log "starting nginx on $NGINX_PORT"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >"$WORK/nginx.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$NGINX_PORT$PATH_UNDER_TEST" "$TOKEN" 20

# ----------------------------------------------------------------------------------------- measuring
cpu_busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
CLK_TCK="$(getconf CLK_TCK)"

# Prints: requests/s p50_ms p99_ms non2xx errors cpu_us_per_request
run_wrk() { # target-port, seconds
  local out before after requests
  before=$(cpu_busy_ticks)
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$1$PATH_UNDER_TEST")"
  after=$(cpu_busy_ticks)
  echo "$out" >>"$WORK/wrk.log"
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "$out" | awk -v busy="$((after - before))" -v tck="$CLK_TCK" -v req="$requests" '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v + 0
    }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { non2xx = $NF }
    /Socket errors/ { errors = $0; gsub(/.*connect /, "", errors); gsub(/[a-z,]/, "", errors); split(errors, e, " +"); errors = e[1] + e[2] + e[3] + e[4] }
    END { printf "%.0f %.3f %.3f %d %d %.1f\n", rps, p50, p99, non2xx, errors, (busy / tck) * 1e6 / (req > 0 ? req : 1) }'
}

log "warm-up: gateway ${WARMUP_SECONDS}s, nginx 20s"
run_wrk "$GATEWAY_PORT" "$WARMUP_SECONDS" >/dev/null
run_wrk "$NGINX_PORT" 20 >/dev/null

if [ "$PROFILE" = 1 ]; then
  "$JAVA_HOME/bin/jcmd" "$GATEWAY_PID" JFR.start name=bench settings=profile filename="$WORK/gateway.jfr" >/dev/null
fi

declare -a G_RPS G_P50 G_P99 N_RPS N_P50 N_P99 ROWS
for ((r = 1; r <= ROUNDS; r++)); do
  for target in gateway nginx; do
    port=$GATEWAY_PORT; [ "$target" = nginx ] && port=$NGINX_PORT
    read -r rps p50 p99 non2xx errors cpu <<<"$(run_wrk "$port" "$ROUND_SECONDS")"
    log "round $r $target: $rps req/s, p50 ${p50} ms, p99 ${p99} ms, non-2xx $non2xx, socket errors $errors, ${cpu} µs CPU/request"
    ROWS+=("| $r | $target | $rps | $p50 | $p99 | $non2xx | $errors | $cpu |")
    if [ "$target" = gateway ]; then G_RPS+=("$rps"); G_P50+=("$p50"); G_P99+=("$p99")
    else N_RPS+=("$rps"); N_P50+=("$p50"); N_P99+=("$p99"); fi
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
GR=$(median "${G_RPS[@]}"); G5=$(median "${G_P50[@]}"); G9=$(median "${G_P99[@]}")
NR_=$(median "${N_RPS[@]}"); N5=$(median "${N_P50[@]}"); N9=$(median "${N_P99[@]}")
RATIO_RPS=$(awk -v g="$GR" -v n="$NR_" 'BEGIN { printf "%.2f", g / n }')
RATIO_P99=$(awk -v g="$G9" -v n="$N9" 'BEGIN { printf "%.2f", g / n }')
RATIO_P50=$(awk -v g="$G5" -v n="$N5" 'BEGIN { printf "%.2f", g / n }')
VERDICT_RPS=$(awk -v r="$RATIO_RPS" 'BEGIN { print (r >= 0.5 ? "met" : "NOT met") }')
VERDICT_P99=$(awk -v r="$RATIO_P99" 'BEGIN { print (r <= 1.5 ? "met" : "NOT met") }')
log "median gateway $GR req/s p99 $G9 ms; nginx $NR_ req/s p99 $N9 ms; ratio ${RATIO_RPS}x, p99 ${RATIO_P99}x"

PROFILE_SECTION=""
if [ "$PROFILE" = 1 ]; then
  "$JAVA_HOME/bin/jcmd" "$GATEWAY_PID" JFR.stop name=bench >/dev/null
  "$JAVA_HOME/bin/jfr" print --stack-depth 40 --events jdk.ExecutionSample "$WORK/gateway.jfr" >"$WORK/samples.txt"
  PROFILE_SECTION="$(
    echo
    echo "## Profile of the gateway during the rounds (JFR execution samples, top frames)"
    echo
    echo '```'
    awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print }' "$WORK/samples.txt" \
      | sort | uniq -c | sort -rn | head -25 || true
    echo '```'
  )"
fi

NGINX_VERSION="$(nginx -v 2>&1 | sed 's/.*: //')"
JAVA_VERSION="$("$JAVA" -version 2>&1 | head -1)"
WRK_VERSION="$(wrk -v 2>&1 | head -1 | awk '{ print $1, $2 }' || true)"
{
  echo "# Gateway benchmark: gateway vs nginx"
  echo
  echo "Written by \`bench/gateway/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB."
  echo
  echo "- Request: \`GET $PATH_UNDER_TEST\` with a valid HS256 bearer token (the same token on every request), wrk -t$THREADS -c$CONNECTIONS, loopback."
  echo "- Backend: $BACKEND_NAME; store: $BACKEND_STORE; broker: $BACKEND_BROKER. Tomcat keep-alive unlimited for both proxies."
  echo "- Gateway: \`gateway/target/gateway.jar\` on $JAVA_VERSION, options \`$GATEWAY_JAVA_OPTS\`, token checked at the gateway and again by the backend."
  echo "- nginx: $NGINX_VERSION, plain reverse proxy, \`worker_processes auto\`, upstream keepalive 128, access log off."
  echo "- wrk: $WRK_VERSION. Warm-up: gateway ${WARMUP_SECONDS} s, nginx 20 s; then $ROUNDS interleaved rounds of ${ROUND_SECONDS} s per target."
  echo "- CPU/request: all CPU time used on the machine during a round (wrk, proxy, backend) divided by the requests served."
  echo
  echo "## Result (medians of the rounds)"
  echo
  echo "| target | requests/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  echo "| gateway | $GR | $G5 | $G9 |"
  echo "| nginx | $NR_ | $N5 | $N9 |"
  echo "| **gateway / nginx** | **${RATIO_RPS}×** | ${RATIO_P50}× | **${RATIO_P99}×** |"
  echo
  echo "Target: throughput ≥ 0.5× nginx ($VERDICT_RPS), p99 ≤ 1.5× nginx ($VERDICT_P99)."
  echo
  echo "## Rounds"
  echo
  echo "| round | target | requests/s | p50 ms | p99 ms | non-2xx | socket errors | CPU µs/request |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo "$PROFILE_SECTION"
} >"$HERE/results.md"
log "wrote $HERE/results.md (logs in $WORK)"
