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
