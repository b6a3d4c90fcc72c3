#!/usr/bin/env bash
# Starts a single-node Kafka broker (KRaft: broker + controller in one JVM) for development and the
# integration tests, from the jars Maven Central gives us (see /work/shared/kafka-broker.md).
# Listens on 127.0.0.1:9092 (controller 127.0.0.1:9093). Every start gets a fresh data dir under
# infra/kafka/run/ (git-ignored); stop.sh kills it and removes the data.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
libs="$here/target/libs"
# KAFKA_RUN_DIR, KAFKA_PORT and KAFKA_CONTROLLER_PORT let tests run a throw-away second broker.
run="${KAFKA_RUN_DIR:-$here/run}"
data="$run/data"
pid_file="$run/kafka.pid"
log_file="$run/kafka.log"
host=127.0.0.1
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
ready_timeout_s=60

# Bash's /dev/tcp: no nc/ss needed; `timeout` guards against a peer that never answers.
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

if port_open "$host" "$port"; then
  echo "A broker already answers on $host:$port; nothing to start."
  exit 0
fi

if [[ -f "$pid_file" ]] && pid_alive "$(cat "$pid_file")"; then
  echo "Broker pid $(cat "$pid_file") from $pid_file is alive but $host:$port does not answer;" >&2
  echo "run infra/kafka/stop.sh first (log: $log_file)." >&2
  exit 1
fi

if ! compgen -G "$libs/kafka_2.13-*.jar" >/dev/null; then
  echo "Resolving the Kafka jars with Maven into $libs ..."
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies
fi

java_cmd=(java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$run/log4j.properties" -cp "$libs/*")

write_config() {
  mkdir -p "$run"
  cat >"$run/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$host:$controller_port
listeners=PLAINTEXT://$host:$port,CONTROLLER://$host:$controller_port
advertised.listeners=PLAINTEXT://$host:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$data
num.partitions=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
group.initial.rebalance.delay.ms=0
PROPS
  cat >"$run/log4j.properties" <<PROPS
log4j.rootLogger=INFO, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPS
}

format_storage() {
  rm -rf "$data"
  mkdir -p "$data"
  local cluster_id
  cluster_id="$("${java_cmd[@]}" kafka.tools.StorageTool random-uuid 2>>"$log_file")"
  "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$run/server.properties" >>"$log_file" 2>&1
}

# Own session (setsid) so the broker outlives the shell that started it; the inner shell writes
# its own pid and then becomes the JVM, so the pid file names exactly the broker process.
launch() {
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$pid_file" "${java_cmd[@]}" kafka.Kafka "$run/server.properties" \
    >>"$log_file" 2>&1 </dev/null &
  local waited=0
  until [[ -s "$pid_file" ]]; do
    sleep 0.1
    waited=$((waited + 1))
    ((waited < 50)) || { echo "the broker did not record its pid" >&2; return 1; }
  done
}

wait_until_ready() {
  local pid deadline
  pid="$(cat "$pid_file")"
  deadline=$((SECONDS + ready_timeout_s))
  while ((SECONDS < deadline)); do
    if ! pid_alive "$pid"; then
      echo "the broker (pid $pid) exited during start-up" >&2
      return 1
    fi
    if grep -q "Kafka Server started" "$log_file" && port_open "$host" "$port"; then
      return 0
    fi
    sleep 0.5
  done
  echo "the broker (pid $pid) was not ready after ${ready_timeout_s}s" >&2
  return 1
}

kill_attempt() {
  local pid
  pid="$(cat "$pid_file" 2>/dev/null || true)"
  if pid_alive "$pid"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do pid_alive "$pid" || break; sleep 0.5; done
    pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

write_config
for attempt in 1 2; do
  : >"$log_file"
  rm -f "$pid_file"
  echo "Starting Kafka on $host:$port (attempt $attempt) ..."
  # KAFKA_KEEP_DATA=1 restarts on the data a `stop.sh` with the same setting left (tests of durability).
  if [[ "${KAFKA_KEEP_DATA:-}" == 1 && $attempt == 1 && -f "$data/meta.properties" ]]; then
    echo "Reusing the data in $data."
  else
    format_storage
  fi
  launch
  if wait_until_ready; then
    echo "Kafka is up on $host:$port (pid $(cat "$pid_file"))."
    echo "Log: $log_file"
    exit 0
  fi
  tail -n 20 "$log_file" >&2 || true
  kill_attempt
done
echo "Kafka did not start; see $log_file" >&2
exit 1
