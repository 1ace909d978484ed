#!/bin/sh
# Benchmark: how soon a student sees results in a notebook, per chapter, with the real Java kernel on a warm embedded
# server: time to "Kernel ready", to the first cell's result, and to the end of the first Run All in a fresh kernel,
# before the speed-up (kernel installed with --no-archive) and after (with its class-data archive), next to the
# JShell-API runner (workbook run NN) on the same chapter. Also the CPU seconds the kernel used, which a busy machine
# does not inflate. Targets (issue 10): ready + first cell <= 2 s; the first Run All of chapter 11 <= 6 s.
# Uses its own workbook home and Jupyter directories under target/, so nothing of the user's is touched.
# Usage: bench/notebooks.sh [chapters...]   (default: 05 11; "all" for every chapter)
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
export WORKBOOK_HOME="$dir/target/bench-home"
export JUPYTER_DATA_DIR="$dir/target/bench-jupyter"
export JUPYTER_RUNTIME_DIR="$dir/target/bench-jupyter-runtime"
export PATH="/usr/bin:$PATH"   # Debian's jupyter before any pyenv shim
wb="$dir/workbook"
chapters=${*:-05 11}
[ "$chapters" = "all" ] && chapters=$(cd "$dir/notebooks" && ls [0-9][0-9]-*.ipynb | cut -c1-2)

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

"$wb" db start >/dev/null                     # warm server: its start is not part of any figure
trap '"$wb" db stop >/dev/null 2>&1 || true' EXIT
"$wb" kernel install --no-archive --name workbook-bench-before >/dev/null
"$wb" kernel install --name workbook-bench-after | grep "archive" || true
echo "cores: $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg)   java: $(java -version 2>&1 | head -n 1)"

for nn in $chapters; do
  nb=$(ls "$dir"/notebooks/"$nn"-*.ipynb)
  for kernel in workbook-bench-before workbook-bench-after; do
    python3 - "$kernel" "$nb" <<'PY'
import json, os, sys, time
from jupyter_client.manager import KernelManager
kernel, path = sys.argv[1], sys.argv[2]
code = [''.join(c['source']) for c in json.load(open(path))['cells'] if c['cell_type'] == 'code']
t0 = time.time()
km = KernelManager(kernel_name=kernel)
km.start_kernel()
kc = km.client()
kc.start_channels()
kc.wait_for_ready(timeout=120)
ready = time.time()
pid = km.provisioner.process.pid
def cpu():
    f = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf('SC_CLK_TCK')
def run(src):
    msg = kc.execute(src, stop_on_error=False)
    while True:
        m = kc.get_iopub_msg(timeout=300)
        if m['parent_header'].get('msg_id') == msg and m['msg_type'] == 'status' and m['content']['execution_state'] == 'idle':
            return
run(code[0]); first = time.time(); cpu_first = cpu()
for src in code[1:]:
    run(src)
done = time.time(); cpu_all = cpu()
kc.stop_channels()
km.shutdown_kernel(now=True)
label = 'before (no archive)' if kernel.endswith('before') else 'after (archive)    '
print('%-28s %s  Kernel ready %5.2f s  first cell %5.2f s  ready+first %5.2f s (cpu %4.2f)  first Run All %5.2f s (cpu %4.2f)'
      % (os.path.basename(path), label, ready - t0, first - ready, first - t0, cpu_first, done - t0, cpu_all))
PY
  done
  t0=$(now)
  "$wb" run "$nn" >/dev/null || echo "(workbook run $nn failed; time still shown)"
  t1=$(now)
  printf '%-28s JShell runner (workbook run %s, CLI start included): %s s\n' "$(basename "$nb")" "$nn" "$(secs "$t0" "$t1")"
done
"$wb" kernel uninstall --name workbook-bench-before >/dev/null 2>&1 || true
"$wb" kernel uninstall --name workbook-bench-after >/dev/null 2>&1 || true
