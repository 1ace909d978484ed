#!/bin/sh
# Benchmark: wall time to execute every notebook headlessly with the real Java kernel (workbook notebook execute),
# next to the JShell-API runner (workbook tour) for the same chapters, both on a warm embedded server.
# Uses its own workbook home and Jupyter data directory under target/, so nothing of the user's is touched.
# Usage: bench/notebooks.sh [runs]   (default 1 run of each; prints per-notebook lines and the totals)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
runs=${1:-1}
export WORKBOOK_HOME="$dir/target/bench-home"
export JUPYTER_DATA_DIR="$dir/target/bench-jupyter"
export PATH="/usr/bin:$PATH"   # Debian's jupyter before any pyenv shim
wb="$dir/workbook"

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

"$wb" db start >/dev/null                     # warm server: its start is not part of either figure
trap '"$wb" db stop >/dev/null 2>&1 || true' EXIT
"$wb" kernel install >/dev/null
count=$(ls "$dir"/notebooks/*.ipynb 2>/dev/null | wc -l)
echo "notebooks: $count   runs: $runs   cores: $(nproc)   java: $(java -version 2>&1 | head -n 1)"

i=1
while [ "$i" -le "$runs" ]; do
  t0=$(now)
  "$wb" notebook execute --output-dir "$dir/target/bench-executed" || echo "(some notebooks failed; time still shown)"
  t1=$(now)
  echo "run $i: notebooks headless (nbconvert + rapaio kernel): $(secs "$t0" "$t1") s"
  if "$wb" tour --help >/dev/null 2>&1; then
    t2=$(now)
    "$wb" tour >/dev/null || echo "(workbook tour failed; time still shown)"
    t3=$(now)
    echo "run $i: JShell-API runner (workbook tour):            $(secs "$t2" "$t3") s"
  else
    echo "run $i: JShell-API runner: 'workbook tour' is not in this build yet"
  fi
  i=$((i + 1))
done
