#!/usr/bin/env bash
# Start-up benchmark of the docker provider next to the embedded provider, in the same run, through ./workbook.
# Prints medians over RUNS runs (default 3), each "start (or attach) and answer SELECT 1":
#   docker cold   (new home: empty data volume, the image initialises it)
#   docker warm   (data volume exists, container stopped)
#   docker attach (container running)
#   embedded warm and attach, for comparison
# For docker starts it also prints the provider's own figure: keeper launch to the server answering the workbook's
# login (without the CLI's JVM start). Needs a running Docker engine and a server image already on this machine
# (WORKBOOK_DOCKER_IMAGE, else the local image from setup/docker-local-image.sh, else the pinned official one).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
root=$(mktemp -d "${TMPDIR:-/tmp}/workbook-docker-bench.XXXXXX")
prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml; }

image=${WORKBOOK_DOCKER_IMAGE:-}
if [ -z "$image" ]; then
  for candidate in "$(prop docker.local.image)" "$(prop docker.mysql.image)"; do
    if docker image inspect "$candidate" >/dev/null 2>&1; then image=$candidate; break; fi
  done
fi
[ -n "$image" ] || { echo "no server image here: run setup/docker-local-image.sh or docker pull $(prop docker.mysql.image)" >&2; exit 3; }
export WORKBOOK_DOCKER_IMAGE=$image
# Never pull during a benchmark: Ryuk only when its image is already here; loopback for a local engine.
docker image inspect "$(prop docker.ryuk.image)" >/dev/null 2>&1 || export WORKBOOK_DOCKER_RYUK=false
export WORKBOOK_DOCKER_HOST_OVERRIDE=${WORKBOOK_DOCKER_HOST_OVERRIDE:-localhost}

cleanup() {
  for h in "$root"/*/; do
    [ -d "$h" ] || continue
    h=${h%/}
    WORKBOOK_HOME="$h" ./workbook db stop --provider docker >/dev/null 2>&1 || true
    WORKBOOK_HOME="$h" ./workbook db stop --provider embedded >/dev/null 2>&1 || true
    docker volume ls -q --filter "label=dev.workbook.home=$h" | xargs -r docker volume rm >/dev/null
  done
  rm -rf "$root"
}
trap cleanup EXIT

./workbook --help >/dev/null # builds the jar if needed, outside the measurements

inner=() # the provider's own "started ... in N s" figures, in ms
ms() { # runs the command, prints its wall time in milliseconds
  local s e
  s=$(date +%s%N)
  "$@" >/dev/null 2>"$root/last.err" || { echo "failed: $*" >&2; cat "$root/last.err" >&2; exit 1; }
  e=$(date +%s%N)
  echo $(((e - s) / 1000000))
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
query() { WORKBOOK_HOME="$1" ./workbook sql --provider "$2" "SELECT 1"; }
stop() { WORKBOOK_HOME="$1" ./workbook db stop --provider "$2" >/dev/null 2>&1; }
started() { sed -n 's/.* started in container .* in \([0-9.]*\) s$/\1/p' "$root/last.err" | awk '{printf "%d", $1 * 1000}'; }

d_cold=() d_cold_in=() d_warm=() d_warm_in=() d_attach=() e_warm=() e_attach=()
for i in $(seq 1 "$runs"); do
  d_cold+=("$(ms query "$root/dcold$i" docker)"); d_cold_in+=("$(started)")
  stop "$root/dcold$i" docker
done
query "$root/dwarm" docker >/dev/null 2>&1
for i in $(seq 1 "$runs"); do
  stop "$root/dwarm" docker
  d_warm+=("$(ms query "$root/dwarm" docker)"); d_warm_in+=("$(started)")
done
for i in $(seq 1 "$runs"); do
  d_attach+=("$(ms query "$root/dwarm" docker)")
done
stop "$root/dwarm" docker
query "$root/ewarm" embedded >/dev/null 2>&1
for i in $(seq 1 "$runs"); do
  stop "$root/ewarm" embedded
  e_warm+=("$(ms query "$root/ewarm" embedded)")
done
for i in $(seq 1 "$runs"); do
  e_attach+=("$(ms query "$root/ewarm" embedded)")
done

printf 'start to first query through ./workbook, medians of %d runs (ms), %d cores; docker image %s:\n' \
  "$runs" "$(nproc 2>/dev/null || echo 1)" "$image"
row() { printf '  %-44s %8s   (runs: %s)\n' "$1" "$(median "${@:2}")" "${*:2}"; }
row "docker cold start (empty data volume)" "${d_cold[@]}"
row "  of which keeper launch to server ready" "${d_cold_in[@]}"
row "docker warm start (volume kept, stopped)" "${d_warm[@]}"
row "  of which keeper launch to server ready" "${d_warm_in[@]}"
row "docker attach (container running)" "${d_attach[@]}"
row "embedded warm start (data dir kept, stopped)" "${e_warm[@]}"
row "embedded attach (server running)" "${e_attach[@]}"
