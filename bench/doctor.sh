#!/bin/sh
# Prints the wall time of `workbook doctor` on a healthy server (target <= 2 s) and with every probe failing at once
# (target <= 5 s), as medians. A benchmark, not a test: it prints figures and does not fail on them.
#   bench/doctor.sh [RUNS]        (default 5 runs per figure)
set -e
cd "$(dirname "$0")/.."
./workbook --version >/dev/null          # builds target/workbook.jar when the sources changed
./mvnw -q -B test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dev.workbook.doctor.DoctorBench "$@"
