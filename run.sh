#!/usr/bin/env bash
# Builds what is needed and starts the whole platform (portal, passport and catalogue services)
# on Payara Micro at http://localhost:8080, with the embedded H2 database in ./data and demo data.
# On PostgreSQL: ACADEMY_DB=postgres ./run.sh   (see README, "Running on PostgreSQL").
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -Dmaven.test.skip=true package
exec java -jar launcher/target/academy-launcher.jar
