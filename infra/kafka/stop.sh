#!/usr/bin/env bash
# Stops the broker that start.sh started (only the pid in infra/kafka/run/kafka.pid, never a
# process found by name) and removes its data dir, so the next start is fresh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# KAFKA_RUN_DIR, KAFKA_PORT and KAFKA_CONTROLLER_PORT let tests run a throw-away second broker.
run="${KAFKA_RUN_DIR:-$here/run}"
pid_file="$run/kafka.pid"

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# Guards against a recycled pid: only a process still running our broker config is ours to signal.
is_our_broker() { tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q "kafka.Kafka $run/server.properties"; }

pid="$(cat "$pid_file" 2>/dev/null || true)"
if ! pid_alive "$pid"; then
  echo "No broker running from $run."
elif ! is_our_broker "$pid"; then
  # The broker is gone and its pid now belongs to something else: leave that process alone.
  echo "pid $pid is not the broker started from $run any more; not signalling it."
else
  echo "Stopping Kafka (pid $pid) ..."
  kill "$pid" 2>/dev/null || true
  # A clean shutdown takes a few seconds; force it after 30 s.
  for _ in $(seq 1 60); do pid_alive "$pid" || break; sleep 0.5; done
  if pid_alive "$pid"; then
    echo "still running after 30 s; sending SIGKILL" >&2
    kill -9 "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do pid_alive "$pid" || break; sleep 0.5; done
  fi
  if pid_alive "$pid"; then
    echo "pid $pid survived SIGKILL; keeping its data dir" >&2
    exit 1
  fi
fi
rm -f "$pid_file"
# KAFKA_KEEP_DATA=1 keeps the data for a restart on it (tests of durability); otherwise the next start is fresh.
if [[ "${KAFKA_KEEP_DATA:-}" == 1 ]]; then
  echo "Stopped; data dir kept."
else
  rm -rf "$run/data"
  echo "Stopped; data dir removed."
fi
