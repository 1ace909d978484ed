#!/bin/sh
# Benchmark: wall time of `workbook tour` (the whole process, JVM start included) and of each chapter
# (as the tour's summary measures it), medians over N runs with a warm embedded server.
# Usage: bench/tour.sh [RUNS]      (default 3; uses its own home, target/bench-home, and stops its server at the end)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${1:-3}
export WORKBOOK_HOME="${WORKBOOK_BENCH_HOME:-$dir/target/bench-home}"
tmp=$(mktemp -d)
trap '"$dir/workbook" db stop >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT

"$dir/workbook" db start >/dev/null     # warm server: started (and its data directory made) before timing
echo "workbook tour: $runs runs, $(nproc 2>/dev/null || echo '?') cores, home $WORKBOOK_HOME"
i=1
while [ "$i" -le "$runs" ]; do
  start=$(date +%s%N)
  if ! "$dir/workbook" tour > "$tmp/run$i.txt" 2>&1; then
    echo "run $i failed:"; tail -n 30 "$tmp/run$i.txt"; exit 1
  fi
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  echo "$ms" >> "$tmp/total"
  echo "  run $i: $(awk -v m="$ms" 'BEGIN { printf "%.1f s", m / 1000 }')"
  # Summary lines: "NN-slug   cells   12.3 s    ok"
  awk '/^[0-9][0-9]-[a-z0-9-]+ +[0-9]+ +[0-9.]+ s +ok$/ { print $1, $3 }' "$tmp/run$i.txt" >> "$tmp/chapters"
  i=$((i + 1))
done

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "chapter                              median"
for id in $(awk '{ print $1 }' "$tmp/chapters" | sort -u); do
  m=$(awk -v id="$id" '$1 == id { print $2 }' "$tmp/chapters" | median)
  printf "%-36s %6.1f s\n" "$id" "$m"
done
total=$(median < "$tmp/total")
printf "%-36s %6.1f s   (target: <= 60 s on 2 cores)\n" "workbook tour (whole process)" "$(awk -v m="$total" 'BEGIN { print m / 1000 }')"
