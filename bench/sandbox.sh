#!/bin/sh
# Prints what the student JVM costs: JVM start to ready, the first run on a new JVM (run database created meanwhile),
# a warm run on a reused JVM, and a run database's create + drop; per containment (process, bubblewrap where it works),
# with and without the class-data-sharing archive. Medians of N. A benchmark: it prints figures, it does not fail on them.
#   bench/sandbox.sh [RUNS]        (default 3; embedded server under target/test-homes, stopped at the end)
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" dev.workbook.sandbox.SandboxBench "$@"
