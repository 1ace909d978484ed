#!/usr/bin/env bash
# Runs, in order, the commands README.md tells a user to run (all but those marked platform-specific), so a green
# CI means they work as written. Called by .ci/run after the test command and setup/debian.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/bin:$PATH"   # Debian's jupyter before any pyenv shim, as setup/jupyter.sh does

step() {
  echo
  echo "== README: $*"
  "$@"
}

# Chapters
step ./workbook tour
step ./workbook run 05
step ./workbook chapters list

# The web chapters' apps: each serves until Ctrl-C, so wait for its page, then stop it.
web_app() { # chapter, path
  echo "== README: ./workbook web $1   (until $2 answers, then Ctrl-C)"
  ./workbook web "$1" > "target/web-$1.log" 2>&1 &
  pid=$!
  url=
  for _ in $(seq 1 600); do
    url=$(sed -n 's#.* is ready at \(http://127.0.0.1:[0-9]*\)/.*#\1#p' "target/web-$1.log")
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  cat "target/web-$1.log"
  [ -n "$url" ] && curl -sf "$url$2" -o /dev/null
  kill -TERM "$pid"; wait "$pid" || true   # as Ctrl-C (a background job ignores SIGINT): the same shutdown hook
  grep -q "stopped $url" "target/web-$1.log"
}
web_app 15 /students
web_app 16 /api/posts?page=2

# Exercises
step ./workbook exercises list
step ./workbook exercises hint 03
# A fresh clone's stubs are not solved: check exits 1 (not 2, 3 or 4) and names the failing check.
set +e; ./workbook check 03-course-entity > target/check-03.log 2>&1; rc=$?; set -e
cat target/check-03.log; [ "$rc" -eq 1 ] && grep -q "✗ the table course exists" target/check-03.log
set +e; ./workbook check > target/check-all.log 2>&1; rc=$?; set -e
cat target/check-all.log; [ "$rc" -eq 1 ] && grep -q "exercises solved (stopped at the first unsolved one" target/check-all.log
# watch, in line mode (its output is not a terminal): the first unsolved exercise checked, l lists, q quits.
echo "== README: ./workbook watch   (keys l, q as lines)"
printf 'l\nq\n' | ./workbook watch > target/watch.log 2>&1
cat target/watch.log; grep -q "workbook watch" target/watch.log && grep -q "→ " target/watch.log && grep -q "^bye: " target/watch.log
step ./workbook reset 03
step ./workbook reset --chapter 05
# The reference solution is refused before the exercise passed (bad input, exit 2).
set +e; ./workbook exercises solution 01 > target/solution-01.log 2>&1; rc=$?; set -e
cat target/solution-01.log; [ "$rc" -eq 2 ] && grep -q "shown once your own solution passed" target/solution-01.log
# Solved (the reference solutions, kept with the tests): every exercise passes, as one results.json and as the --all wrapper.
step ./workbook check 01 --json --file src/test/resources/exercises/reference/01-pet-table.jsh
step ./workbook check --all --json --dir src/test/resources/exercises/reference
step ./workbook exercises solution 01

# Grading a class: this clone's untouched stubs as one student's zip, the reference solutions as another student's folder
rm -rf submissions graded out-1 out-2 graded-merged
step ./workbook submit --student jdoe42 --out submissions/jdoe42.zip
mkdir -p submissions/ref-student && cp src/test/resources/exercises/reference/*.jsh submissions/ref-student/
step ./workbook grade submissions --out graded
# By column name, so the check holds whatever the number of exercises: the stubs score 0, the references full marks.
gradebook_total() { awk -F, -v who="$1" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 == who { print $col["total"] "/" $col["max"] }' graded/gradebook.csv; }
[ "$(gradebook_total jdoe42 | cut -d/ -f1)" = 0 ]
ref=$(gradebook_total ref-student); [ "${ref%/*}" = "${ref#*/}" ] && [ "${ref%/*}" -gt 0 ]
step ./workbook grade submissions --out out-1 --shard 1/2
step ./workbook grade submissions --out out-2 --shard 2/2
step ./workbook grade merge out-1 out-2 --out graded-merged
cmp graded/gradebook.csv graded-merged/gradebook.csv

# Getting a server: the embedded default
step ./workbook db start
step ./workbook db status
step ./workbook db url
step ./workbook sql "SHOW DATABASES"
step ./workbook sql "USE workbook; SHOW TABLES; SELECT DATABASE()"
step ./workbook sql --admin "CREATE DATABASE IF NOT EXISTS test1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
step ./workbook config

# Plain JShell: jshell exits 0 even when a snippet fails, so look for the chapter's last words too.
step ./mvnw -q -B -Dmaven.test.skip=true package
echo "== README: jshell --class-path \"\$(cat target/classpath.txt):target/classes\" notebooks/jshell/01-getting-a-server.jsh"
jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/01-getting-a-server.jsh | tee target/jshell-01.log
grep -q "connected to database: workbook" target/jshell-01.log

# Jupyter: the kernel (installed by setup/jupyter.sh) and every notebook headless
step ./workbook kernel install
step ./workbook kernel status
step ./workbook notebook execute

# The doctor
step ./workbook doctor
step ./workbook doctor --json >/dev/null
# --explain reports the pasted error as a failure (exit 1) and names its page.
set +e; ./workbook doctor --explain "ERROR 1698 (28000): Access denied for user 'root'@'localhost'" > target/explain.log; rc=$?; set -e
cat target/explain.log; [ "$rc" -eq 1 ] && grep -q "troubleshooting/1698-auth-socket.md" target/explain.log
step ./workbook db stop

# Docker, with the local image CI built (the README's restricted-network recipe)
export WORKBOOK_DOCKER_IMAGE=workbook/mariadb-debian:10.11-bookworm WORKBOOK_DOCKER_RYUK=false WORKBOOK_DOCKER_HOST_OVERRIDE=localhost
step ./workbook db start --provider docker
step ./workbook sql --provider docker "SELECT VERSION()"
step ./workbook db status --provider docker
step ./workbook db stop --provider docker

# A server you installed: the one setup/debian.sh installed, its password typed at the prompt
pw=$(sed -n 's/^db.password *= *//p' target/ci-server-home/config.properties)
echo "== README: ./workbook db start --provider server --host 127.0.0.1 --port 3306 --user workbook --password"
printf '%s\n' "$pw" | WORKBOOK_HOME="$PWD/target/ci-readme-server" \
  ./workbook db start --provider server --host 127.0.0.1 --port 3306 --user workbook --password

# Benchmarks, one short run each (they print figures; they do not judge them)
step env RUNS=1 SKIP_FIRST=1 bench/startup.sh
step bench/doctor.sh 1
step bench/tour.sh 1
step bench/exercises.sh 1
step env RUNS=1 bash bench/docker-start.sh
step bench/notebooks.sh
step env LOAD_SECONDS=3 bench/web.sh 1
step bench/grading.sh 10
echo
echo "== README commands: all ran"
