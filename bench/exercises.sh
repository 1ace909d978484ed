#!/bin/sh
# Benchmark: seconds per exercise check (throwaway database, script, checks), as `workbook check` measures it, and the
# whole `workbook check --all` process (JVM start included): medians over N runs of every reference solution, warm server.
# Usage: bench/exercises.sh [RUNS]      (default 3; own home target/bench-home, server stopped at the end)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${1:-3}
export WORKBOOK_HOME="${WORKBOOK_BENCH_HOME:-$dir/target/bench-home}"
tmp=$(mktemp -d)
trap '"$dir/workbook" db stop >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

"$dir/workbook" db start >/dev/null
echo "workbook check --all on the reference solutions: $runs runs, $(nproc 2>/dev/null || echo '?') cores, home $WORKBOOK_HOME"
i=1
while [ "$i" -le "$runs" ]; do
  start=$(date +%s%N)
  if ! "$dir/workbook" check --all --json --dir "$dir/src/test/resources/exercises/reference" > "$tmp/run$i.json" 2>"$tmp/err$i.txt"; then
    echo "run $i failed:"; cat "$tmp/run$i.json" "$tmp/err$i.txt" | tail -n 30; exit 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> "$tmp/total"
  # One exercise per line: {"id": "03-course-entity", "status": "pass", ..., "millis": 612, ...}
  sed -n 's/.*{"id": "\([0-9a-z-]*\)", "status": "[a-z]*",.*"millis": \([0-9]*\),.*/\1 \2/p' "$tmp/run$i.json" >> "$tmp/each"
  i=$((i + 1))
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "exercise                     median per check"
for id in $(awk '{ print $1 }' "$tmp/each" | sort -u); do
  m=$(awk -v id="$id" '$1 == id { print $2 }' "$tmp/each" | median)
  printf "%-28s %6.2f s\n" "$id" "$(awk -v m="$m" 'BEGIN { print m / 1000 }')"
done
total=$(median < "$tmp/total")
printf "%-28s %6.1f s\n" "check --all (whole process)" "$(awk -v m="$total" 'BEGIN { print m / 1000 }')"
