#!/bin/sh
# Benchmark: class grading. Generates N submissions (every exercise; per exercise 55% right, 15% partly right, 10% a
# compile error, 20% the untouched stub), grades them with `workbook grade` (one worker per core) on a warm server, and
# prints seconds per submission (wall time / N), the total wall time, and one submission's cost split (medians over the
# grade records): JVM start, Hibernate bootstrap, student code, checks. Then grades again with nothing changed.
# Usage: [WORKERS=K] bench/grading.sh [N]      (default 100, one worker per core; own home target/bench-home, server stopped at the end)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
n=${1:-100}
export WORKBOOK_HOME="${WORKBOOK_BENCH_HOME:-$dir/target/bench-home}"
tmp=$(mktemp -d)
trap '"$dir/workbook" db stop >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

java "$dir/bench/GenerateSubmissions.java" "$n" "$tmp/submissions" "$dir" >/dev/null
"$dir/workbook" db start >/dev/null
exercises=$(grep -c '^\[' "$dir/src/main/resources/exercises/exercises.txt")
echo "workbook grade: $n generated submissions x $exercises exercises, $(nproc 2>/dev/null || echo '?') cores, home $WORKBOOK_HOME"
start=$(date +%s%N)
if ! "$dir/workbook" grade "$tmp/submissions" --out "$tmp/graded" ${WORKERS:+--workers "$WORKERS"} > "$tmp/grade.out" 2> "$tmp/grade.err"; then
  echo "grading failed:"; tail -n 30 "$tmp/grade.out" "$tmp/grade.err"; exit 1
fi
end=$(date +%s%N)
wall=$(( (end - start) / 1000000 ))

# The grade records: one key per line ("jvm_start_millis": 812,), so plain sed reads them.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Run facts sit two spaces deep in a record; an exercise's own "millis" sits deeper.
field() { sed -n "s/^  \"$1\": \([0-9]*\),\{0,1\}$/\1/p" "$tmp"/graded/.grading/grades/*.json | awk '$1 > 0' | median; }
secs() { awk -v m="$1" 'BEGIN { printf "%.2f", m / 1000 }'; }

echo
printf "%-44s %8s s\n" "total wall time (process, JVM start included)" "$(secs "$wall")"
printf "%-44s %8s s   (target <= 3 s)\n" "per submission, amortised (wall / $n)" "$(secs $((wall / n)))"
printf "%-44s %8s s\n" "one submission, median (one worker)" "$(secs "$(field millis)")"
echo "one submission's cost, medians over the records:"
printf "  %-42s %8s s\n" "student JVM start" "$(secs "$(field jvm_start_millis)")"
printf "  %-42s %8s s\n" "student code (Hibernate included)" "$(secs "$(field student_code_millis)")"
# Hibernate's bootstrap happens inside the student code (each exercise's setup builds a SessionFactory): a probe measures
# one in a warm student JVM, times the exercises with one that a median submission runs.
probe=$(java -cp "$(cat "$dir/target/classpath.txt"):$dir/target/classes" "$dir/bench/HibernateProbe.java" 3 2>/dev/null | tail -n 1)
with_sf=$(grep -l "Workbook.hibernate(\|sessionFactory(" "$dir"/notebooks/exercises/*.jsh | wc -l)
ran=$(grep -c '"ending": "' "$tmp"/graded/.grading/grades/*.json | awk -F: '{ s += $2 } END { print s }')
est=$(awk -v p="$probe" -v w="$with_sf" -v r="$ran" -v n="$n" -v e="$exercises" 'BEGIN { printf "%d", p * w * (r / (n * e)) }')
printf "  %-42s %8s s   (%s ms per SessionFactory x %s of $exercises exercises x share run)\n" "  of which Hibernate bootstrap (estimate)" "$(secs "$est")" "$probe" "$with_sf"
printf "  %-42s %8s s\n" "checks (trusted, on the run databases)" "$(secs "$(field checks_millis)")"
sed -n 's/^\([0-9]* submissions:.*\)/\1/p' "$tmp/grade.out"

start=$(date +%s%N)
"$dir/workbook" grade "$tmp/submissions" --out "$tmp/graded" > "$tmp/again.out" 2>/dev/null
end=$(date +%s%N)
printf "%-44s %8s s   (%s)\n" "grading again, nothing changed" "$(secs $(( (end - start) / 1000000 )))" \
  "$(sed -n 's/^[0-9]* submissions: \(.*\) in .*/\1/p' "$tmp/again.out")"
