#!/usr/bin/env bash
# Builds what is needed and starts the platform as a cluster on this machine: ACADEMY_INSTANCES
# Payara Micro instances (default 2) joined into one Payara cluster by TCP/IP on 127.0.0.1 only,
# sharing PostgreSQL, behind nginx at http://localhost:8080 (round robin, no sticky sessions).
#   ./cluster.sh          start the cluster (Ctrl+C stops it)
#   ./cluster.sh test     the failover test: throughput of 1 and 2 instances, then a steady portal
#                         load with one instance killed (SIGKILL) half-way; exit code 1 if anything
#                         that must hold did not (docs/operations.md, "The failover test")
# Needs nginx (apt-get install -y nginx) and PostgreSQL; see docs/operations.md, "Running as a cluster".
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-}" in
  "")
    ./mvnw -q -B -Dmaven.test.skip=true package
    exec java -cp launcher/target/academy-launcher.jar city.academy.launcher.ClusterMain
    ;;
  test)
    shift
    ./mvnw -q -B -DskipTests -DskipITs install
    ./mvnw -q -B -Pbench -pl bench -DskipTests install
    exec java -Xmx512m -cp bench/target/bench.jar city.academy.bench.failover.FailoverRun "$@"
    ;;
  *)
    echo "usage: ./cluster.sh [test [--name=value ...]]" >&2
    exit 2
    ;;
esac
