# Shared helpers for restsh's scripts: project paths, building on demand, free ports, starting the server.
# Source it; it sets ROOT to the project's top folder.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SERVER_JAR="$ROOT/server/target/quarkus-app/quarkus-run.jar"
# What the shell jar is built from (its build runs the picocli module too, and takes versions from the parent POM).
# shellcheck disable=SC2034
SHELL_SOURCES=("$ROOT/shell/src/main" "$ROOT/shell/pom.xml" "$ROOT/picocli/pom.xml" "$ROOT/pom.xml")
SHELL_JAR="$ROOT/shell/target/restsh.jar"

# True when the port answers on loopback.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Prints a port nobody listens on, from 20000-31999: below Linux's ephemeral range (32768 and up), where the
# kernel picks the local ports of outgoing connections, so no client can take it before the server binds it.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12000))
    if ! port_in_use "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# True when some file under the given folders is newer than the given file (or the file is missing).
stale() {
  local target=$1
  shift
  [ -f "$target" ] || return 0
  [ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]
}

# Builds the server and shell jars when they are missing or older than their sources.
build_if_needed() {
  if stale "$SERVER_JAR" "$ROOT/server/src" "$ROOT/server/pom.xml" \
    || stale "$SHELL_JAR" "${SHELL_SOURCES[@]}"; then
    echo "Building restsh (first run, or sources changed)..." >&2
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >&2
  fi
}

# Waits until the port answers, up to $2 seconds (default 60); fails early if process $3 died.
wait_for_port() {
  local port=$1 limit=${2:-60} pid=${3:-}
  local deadline=$((SECONDS + limit))
  while ! port_in_use "$port"; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      return 1
    fi
    sleep 0.2
  done
}

# Starts the server jar in the background: start_server PORT DATA_DIR LOG; sets SERVER_PID.
start_server() {
  local port=$1 data=$2 log=$3
  # A session of its own: Ctrl-C in the shell must not reach the server.
  RESTSH_DATA_DIR="$data" QUARKUS_HTTP_PORT="$port" setsid java -jar "$SERVER_JAR" >"$log" 2>&1 &
  SERVER_PID=$!
  if ! wait_for_port "$port" 90 "$SERVER_PID"; then
    echo "the server did not start on port $port; its log ($log) ends with:" >&2
    tail -n 20 "$log" >&2
    return 1
  fi
}

# Stops the server started by start_server, by its own PID.
stop_server() {
  if [ -n "${SERVER_PID:-}" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
