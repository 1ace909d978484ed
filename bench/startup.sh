#!/usr/bin/env bash
# Start-up benchmark of the embedded provider, as a user meets it through ./workbook.
# Prints medians over RUNS runs (default 5) of:
#   cold start  (no data directory; binaries already unpacked) to the first query
#   warm start  (data directory exists, server stopped) to the first query
#   attach      (server running) to the first query
#   ./workbook --help
# and, once, the very first start on a machine (binaries unpacked too) unless SKIP_FIRST=1.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
root=$(mktemp -d "${TMPDIR:-/tmp}/workbook-bench.XXXXXX")
cleanup() {
  for h in "$root"/*/; do
    [ -d "$h/embedded" ] && WORKBOOK_HOME="$h" ./workbook db stop >/dev/null 2>&1 || true
  done
  rm -rf "$root"
}
trap cleanup EXIT

./workbook --help >/dev/null # builds the jar if needed, outside the measurements

ms() { # runs the command, prints its wall time in milliseconds
  local s e
  s=$(date +%s%N)
  "$@" >/dev/null 2>"$root/last.err" || { echo "failed: $*" >&2; cat "$root/last.err" >&2; exit 1; }
  e=$(date +%s%N)
  echo $(((e - s) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
query() { WORKBOOK_HOME="$1" ./workbook sql "SELECT 1"; }
stop() { WORKBOOK_HOME="$1" ./workbook db stop >/dev/null 2>&1; }

first="skipped"
if [ "${SKIP_FIRST:-0}" != 1 ]; then
  first=$(WORKBOOK_CACHE_DIR="$root/cache" ms query "$root/first")
  WORKBOOK_CACHE_DIR="$root/cache" stop "$root/first"
  rm -rf "$root/cache"
fi

cold=() warm=() attach=() help=()
for i in $(seq 1 "$runs"); do
  cold+=("$(ms query "$root/cold$i")")
  stop "$root/cold$i"
done
query "$root/warm" >/dev/null 2>&1
for i in $(seq 1 "$runs"); do
  stop "$root/warm"
  warm+=("$(ms query "$root/warm")")
done
for i in $(seq 1 "$runs"); do
  attach+=("$(ms query "$root/warm")")
  help+=("$(ms ./workbook --help)")
done

printf 'embedded provider start-up, medians of %d runs (ms), %d cores:\n' "$runs" "$(nproc 2>/dev/null || echo 1)"
printf '  %-48s %8s\n' "first start on the machine (unpack + init, 1 run)" "$first"
printf '  %-48s %8s   (runs: %s)\n' "cold start to first query (no data directory)" "$(median "${cold[@]}")" "${cold[*]}"
printf '  %-48s %8s   (runs: %s)  target <= 3000\n' "warm start to first query" "$(median "${warm[@]}")" "${warm[*]}"
printf '  %-48s %8s   (runs: %s)  target <= 1000\n' "attach to a running server to first query" "$(median "${attach[@]}")" "${attach[*]}"
printf '  %-48s %8s   (runs: %s)  target <= 500\n' "./workbook --help" "$(median "${help[@]}")" "${help[*]}"
