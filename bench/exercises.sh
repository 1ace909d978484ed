#!/bin/sh
# Benchmark of exercise checks, on a warm server and a built project, printing figures (it judges nothing):
#   1. `workbook check ID` for one exercise, the whole process, and where its time goes (the student JVM's part next to the
#      rest: databases, checks, the CLI's own start), next to the Maven route to the same checks (./mvnw -q test -Dtest=...);
#   2. a notebook's check cell, in a kernel-like JVM (plain jshell's): the first run and the ones after;
#   3. `workbook check --all` over every exercise, the whole process;
#   4. what `workbook watch` does after each save: the same exercise checked again by the checker it keeps.
# Usage: bench/exercises.sh [RUNS] [EXERCISE]   (default 3 runs of 05-older-than-21; own home target/bench-home)
# Targets (issue 13): one exercise <= 1.5 s and >= 5x faster than Maven; a check cell <= 1 s; check --all <= 10 s.
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${1:-3}
ex=${2:-05-older-than-21}
export WORKBOOK_HOME="${WORKBOOK_BENCH_HOME:-$dir/target/bench-home}"
tmp=$(mktemp -d)
trap '"$dir/workbook" db stop >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
cd "$dir"
ref="src/test/resources/exercises/reference"
file=$(ls "$ref/$ex"*.jsh | head -n 1)
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
sec() { awk -v m="$1" 'BEGIN { printf "%.2f s", m / 1000 }'; }

"$dir/workbook" db start >/dev/null
"$dir/workbook" check "$ex" --file "$file" >/dev/null 2>&1 || true   # warm: server caches, jar, sandbox class path
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
echo "exercise checks: $ex, $runs runs, $(nproc 2>/dev/null || echo '?') cores, load average $load, home $WORKBOOK_HOME"
[ "${WORKBOOK_SANDBOX_CDS:-}" = off ] && echo "(student JVM without its class-data-sharing archive: WORKBOOK_SANDBOX_CDS=off)"

# 1. One exercise from the CLI, with the phases it reports (--timings).
i=1
while [ "$i" -le "$runs" ]; do
  t=$(date +%s%N)
  "$dir/workbook" check "$ex" --file "$file" --timings >"$tmp/out$i" 2>"$tmp/err$i" || { cat "$tmp/out$i" "$tmp/err$i"; exit 1; }
  ms "$t" >> "$tmp/cli"
  # timings 05-...: total 2400 ms; databases 120 ms, student code 1800 ms, checks 300 ms; in the student JVM: visible ...
  sed -n 's/^timings .*: total \([0-9]*\) ms; databases \([0-9]*\) ms, student code \([0-9]*\) ms, checks \([0-9]*\) ms;.*/\1 \2 \3 \4/p' \
    "$tmp/err$i" >> "$tmp/phases"
  i=$((i + 1))
done
cli=$(median < "$tmp/cli")
total=$(awk '{ print $1 }' "$tmp/phases" | median)
dbs=$(awk '{ print $2 }' "$tmp/phases" | median)
student=$(awk '{ print $3 }' "$tmp/phases" | median)
checks=$(awk '{ print $4 }' "$tmp/phases" | median)

# The Maven route: the same exercise's checks as a test (one run; it compiles nothing when the build is current).
t=$(date +%s%N)
WORKBOOK_BENCH_EXERCISE="$ex" "$dir/mvnw" -q -o -B test -Dtest=OneExerciseCheckTest -Dsurefire.failIfNoSpecifiedTests=false \
  >"$tmp/maven" 2>&1 || { tail -n 30 "$tmp/maven"; exit 1; }
maven=$(ms "$t")

# 2. A notebook check cell: the reference's cells in plain jshell (its own JVM, as a kernel has), the check cell run three times.
awk -v ex="$ex" '
  /^Exercises\.check\(/ { inblock = 1; block = "" }
  inblock { block = block $0 "\n"; if ($0 ~ /^}\);$/) { inblock = 0;
      print "for (int run = 1; run <= 3; run++) {";
      print "    long t0 = System.nanoTime();";
      printf "%s", block;
      print "    System.out.println(\"bench: check cell run \" + run + \": \" + (System.nanoTime() - t0) / 1000000 + \" ms\");";
      print "}" }; next }
  { print }' "$file" > "$tmp/cell.jsh"
jshell --class-path "$(cat target/classpath.txt):target/classes" "$tmp/cell.jsh" > "$tmp/cell.out" 2>&1 || true
cell1=$(sed -n 's/^bench: check cell run 1: \([0-9]*\) ms/\1/p' "$tmp/cell.out")
cell2=$(sed -n 's/^bench: check cell run [23]: \([0-9]*\) ms/\1/p' "$tmp/cell.out" | median)
[ -n "$cell1" ] || { echo "the check cell did not run:"; tail -n 30 "$tmp/cell.out"; exit 1; }

# 4. workbook watch's check after a save: its checker and student JVM stay up between checks.
watch=$(java -cp "$(cat target/classpath.txt):target/classes" bench/WatchRecheck.java "$((runs + 2))" "$ex" "$file" 2>"$tmp/watch.err" | tail -n 1)
[ -n "$watch" ] || { echo "the watch bench did not run:"; tail -n 30 "$tmp/watch.err"; exit 1; }

# 3. check --all over every exercise's reference, the whole process.
i=1
while [ "$i" -le "$runs" ]; do
  t=$(date +%s%N)
  "$dir/workbook" check --all --dir "$ref" >"$tmp/all$i" 2>&1 || { tail -n 30 "$tmp/all$i"; exit 1; }
  ms "$t" >> "$tmp/all"
  i=$((i + 1))
done
all=$(median < "$tmp/all")
count=$(ls "$ref"/*.jsh | wc -l)

echo
printf "%-58s %10s   %s\n" "what (median of $runs)" "time" "target"
printf "%-58s %10s   %s\n" "workbook check $ex (whole process)" "$(sec "$cli")" "<= 1.50 s"
printf "%-58s %10s\n" "  the check itself (its own measure)" "$(sec "$total")"
printf "%-58s %10s\n" "  student JVM: waiting for it and running the code there" "$(sec "$student")"
printf "%-58s %10s\n" "  the rest: run databases (made, seeded)" "$(sec "$dbs")"
printf "%-58s %10s\n" "  the rest: checks (JUnit, in the CLI's JVM)" "$(sec "$checks")"
printf "%-58s %10s\n" "  the rest: the CLI's JVM start, server attach, report" "$(sec $((cli - total)))"
printf "%-58s %10s   %s\n" "./mvnw -q test -Dtest=OneExerciseCheckTest (one run)" "$(sec "$maven")" \
  "$(awk -v m="$maven" -v c="$cli" 'BEGIN { printf "CLI is %.1fx faster (target >= 5x)", m / c }')"
printf "%-58s %10s   %s\n" "notebook check cell, first run (kernel JVM, plain jshell)" "$(sec "$cell1")" "<= 1.00 s"
printf "%-58s %10s\n" "notebook check cell, runs 2 and 3" "$(sec "$cell2")"
printf "%-58s %10s   %s\n" "workbook watch: check after a save (its JVM kept)" "$(sec "${watch#* }")" "<= 1.50 s"
printf "%-58s %10s\n" "workbook watch: its first check (student JVM starting)" "$(sec "${watch% *}")"
printf "%-58s %10s   %s\n" "workbook check --all ($count exercises, whole process)" "$(sec "$all")" "<= 10.00 s"
