#!/bin/sh
# Benchmark of the web chapters (15 and 16). It prints figures and judges nothing. On a warm embedded server:
#   1. notebook cell: a fresh JVM runs the chapter up to its app cell, as a kernel would; then the app cell and the first
#      page it serves are timed (target: first page <= 1000 ms after the cell starts), and a re-run of the same cell;
#   2. workbook web: from the command to its first served page (JVM start and the chapter's preparation included);
#   3. requests/s on that warm server: chapter 15's index page and chapter 16's JSON list (Java load loop on kept-alive
#      connections; wrk too when installed), on this machine's cores.
# Usage: bench/web.sh [RUNS]   (default 3; LOAD_SECONDS=10, CONNECTIONS=4; own home under target/, server stopped at the end)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$dir"
runs=${1:-3}
load_seconds=${LOAD_SECONDS:-10}
connections=${CONNECTIONS:-4}
export WORKBOOK_HOME="${WORKBOOK_BENCH_HOME:-$dir/target/bench-home}"
tmp=$(mktemp -d)
web_pid=
cleanup() {
  [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null
  ./workbook db stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

./workbook db start >/dev/null                 # builds the jar if needed; a warm server is not part of any figure
./mvnw -q -B test-compile
cp="target/test-classes:target/classes:$(cat target/classpath.txt)"
# The Jupyter kernel's JVM options (KernelFiles.JVM_OPTIONS), so the cell figures are a kernel's.
bench() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$cp" dev.workbook.web.WebBench "$@"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

echo "web benchmark: $runs runs, $(nproc 2>/dev/null || echo '?') cores, $(java -version 2>&1 | head -n 1), home $WORKBOOK_HOME"
echo
echo "1. notebook cell (fresh JVM per run, the kernel's JVM options): the app cell to its first served page"
for chapter in "15 /students" "16 /api/posts"; do
  set -- $chapter
  : > "$tmp/first"
  i=1
  while [ "$i" -le "$runs" ]; do
    line=$(bench cell "$1" "$2")
    echo "   $line"
    echo "$line" | sed -n 's/.* \([0-9]*\) ms after the cell began.*/\1/p' >> "$tmp/first"
    i=$((i + 1))
  done
  echo "   chapter $1: median first page $(median < "$tmp/first") ms after the cell began   (target <= 1000)"
done

echo
echo "2. workbook web (whole command: JVM start, the chapter up to its app, first page), then 3. requests/s on it"
for chapter in "15 /students" "16 /api/posts"; do
  set -- $chapter
  : > "$tmp/web"
  i=1
  while [ "$i" -le "$runs" ]; do
    port=$(bench port)
    t0=$(now_ms)
    ./workbook web "$1" --http-port "$port" > "$tmp/web-$1.log" 2>&1 &
    web_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port$2"; do
      kill -0 "$web_pid" 2>/dev/null || { echo "workbook web $1 stopped:"; cat "$tmp/web-$1.log"; exit 1; }
      sleep 0.05
    done
    t1=$(now_ms)
    echo $((t1 - t0)) >> "$tmp/web"
    for _ in 1 2 3 4 5 6 7 8 9 10; do grep -q 'is ready at' "$tmp/web-$1.log" && break; sleep 0.2; done   # printed just after the app starts
    echo "   workbook web $1: first page after $((t1 - t0)) ms; it says: $(grep 'is ready at' "$tmp/web-$1.log" | sed 's/.*(\(.*\))/\1/')"
    if [ "$i" -lt "$runs" ]; then
      kill "$web_pid"; wait "$web_pid" 2>/dev/null || true; web_pid=
    fi
    i=$((i + 1))
  done
  echo "   workbook web $1: median $(median < "$tmp/web") ms from the command to the first page"
  echo "   $(bench load "http://127.0.0.1:$port$2" "$load_seconds" "$connections")"
  if command -v wrk >/dev/null 2>&1; then
    echo "   wrk: $(wrk -t2 -c"$connections" -d"${load_seconds}s" "http://127.0.0.1:$port$2" | grep -E 'Requests/sec|Latency' | tr -s ' ' | tr '\n' ' ')"
  fi
  kill "$web_pid"; wait "$web_pid" 2>/dev/null || true; web_pid=
done
