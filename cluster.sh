#!/usr/bin/env bash
# Builds what is needed and starts the platform as a cluster on this machine: ACADEMY_INSTANCES
# Payara Micro instances (default 2) joined into one Payara cluster by TCP/IP on 127.0.0.1 only,
# sharing PostgreSQL, behind nginx at http://localhost:8080 (round robin, no sticky sessions).
# Needs nginx (apt-get install -y nginx) and PostgreSQL; see docs/operations.md, "Running as a cluster".
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -Dmaven.test.skip=true package
exec java -cp launcher/target/academy-launcher.jar city.academy.launcher.ClusterMain
