#!/bin/sh
# Makes the docker provider work on a machine with no registry access (CI, restricted networks):
#   1. installs Debian's docker.io when no Docker engine is installed, and starts dockerd when none answers;
#   2. builds a MySQL-compatible server image from Debian packages (MariaDB 10.11) with an entrypoint that
#      honours MYSQL_ROOT_PASSWORD, MYSQL_DATABASE, MYSQL_USER and MYSQL_PASSWORD like the official image;
#   3. provides the tiny helper image Testcontainers runs locally (alpine:3.17) from Debian's busybox-static.
# The server image is rebuilt only when its inputs (this script, the entrypoint, the config) change.
# Debian/Ubuntu only; runs itself under sudo when not root. If this fails: troubleshooting/docker-provider.md
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname "$here")

usage() {
    cat <<'USAGE'
Usage: bash setup/docker-local-image.sh [--force] [--help]

Prepares Docker for the workbook's docker provider on a machine without registry access (Debian/Ubuntu, as root
or through sudo): installs docker.io and starts dockerd when needed, builds the MariaDB server image pinned in
pom.xml (docker.local.image) from Debian packages, and creates the alpine:3.17 helper image Testcontainers uses.
The server image is rebuilt only when its inputs change.

  --force   rebuild the server image even when it is up to date
  --help    show this help

Then: export WORKBOOK_DOCKER_IMAGE=<the tag it prints> WORKBOOK_DOCKER_RYUK=false
      ./workbook db start --provider docker
USAGE
}

say() { echo "[docker-local-image] $*"; }
fail() { echo "[docker-local-image] error: $*" >&2; echo "  help: troubleshooting/docker-provider.md" >&2; exit 1; }

force=no
for arg in "$@"; do
    case "$arg" in
        --force) force=yes ;;
        --help|-h) usage; exit 0 ;;
        *) echo "[docker-local-image] error: unknown option: $arg" >&2
           echo "  next: bash setup/docker-local-image.sh --help" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    # Installs packages, starts dockerd and runs debootstrap: root's work.
    command -v sudo >/dev/null 2>&1 || fail "run as root, or install sudo"
    exec sudo -- sh "$0" "$@"
fi

# The image tag is pinned in pom.xml (property docker.local.image), the one place versions live.
image=$(sed -n 's:.*<docker.local.image>\(.*\)</docker.local.image>.*:\1:p' "$root/pom.xml")
[ -n "$image" ] || fail "no <docker.local.image> property in $root/pom.xml"
helper=alpine:3.17   # Testcontainers 2.0.5's TINY_IMAGE (DockerClientFactory), used for its own checks
suite=bookworm
packages=mariadb-server,mariadb-client,ca-certificates

# --- 1. Docker engine ------------------------------------------------------------------------------
apt_install() {
    missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        say "installing:$missing"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null; } \
            || fail "apt-get install$missing failed"
    fi
}

docker_answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if ! docker_answers && { ! command -v dockerd >/dev/null 2>&1 || ! command -v docker >/dev/null 2>&1; }; then
    apt_install docker.io
fi
apt_install debootstrap busybox-static

if ! docker_answers; then
    # No systemd in CI containers: start the daemon directly and wait for its socket.
    say "starting dockerd (log: /var/log/workbook-dockerd.log)"
    nohup dockerd --host=unix:///var/run/docker.sock >/var/log/workbook-dockerd.log 2>&1 &
    i=0
    until docker_answers; do
        i=$((i + 1))
        [ "$i" -le 60 ] || { tail -n 20 /var/log/workbook-dockerd.log >&2; fail "dockerd did not answer within 30 s"; }
        sleep 0.5
    done
fi
say "Docker engine $(docker version --format '{{.Server.Version}}') is running"
if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] && ! sudo -u "$SUDO_USER" docker version >/dev/null 2>&1; then
    say "note: $SUDO_USER cannot use the engine yet; run: sudo usermod -aG docker $SUDO_USER  (then log in again)"
fi

# --- 2. The MariaDB server image --------------------------------------------------------------------
mirror=$(sed -n 's/^URIs:[[:space:]]*\(http[^[:space:]]*debian\/\{0,1\}\)[[:space:]]*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(sed -n 's/^deb[[:space:]]\{1,\}\(http[^[:space:]]*\)[[:space:]]\{1,\}'"$suite"'[[:space:]].*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=http://deb.debian.org/debian
# Bump when the build steps below change; the entrypoint and config files are hashed as they are.
recipe="recipe=1 suite=$suite packages=$packages"
inputs=$({ echo "$recipe"; cat "$here/docker/entrypoint.sh" "$here/docker/container.cnf"; } | sha256sum | cut -c1-16)
current=$(docker image inspect --format '{{ index .Config.Labels "dev.workbook.inputs" }}' "$image" 2>/dev/null || true)

if [ "$force" = no ] && [ "$current" = "$inputs" ]; then
    say "$image is up to date (inputs $inputs)"
else
    say "building $image from Debian $suite packages ($mirror); takes about 2 minutes"
    work=$(mktemp -d /var/tmp/workbook-image.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    debootstrap --variant=minbase --include="$packages" "$suite" "$work/rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 20 "$work/debootstrap.log" >&2; fail "debootstrap from $mirror failed"; }
    rootfs=$work/rootfs
    install -m 0755 "$here/docker/entrypoint.sh" "$rootfs/usr/local/bin/docker-entrypoint.sh"
    install -m 0644 "$here/docker/container.cnf" "$rootfs/etc/mysql/mariadb.conf.d/90-container.cnf"
    mkdir -p "$rootfs/docker-entrypoint-initdb.d" "$rootfs/etc/mysql/conf.d"
    # The data directory starts empty so the entrypoint initialises it with the container's passwords.
    rm -rf "$rootfs/var/lib/mysql" && mkdir -p "$rootfs/var/lib/mysql"
    chroot "$rootfs" chown mysql:mysql /var/lib/mysql
    rm -rf "$rootfs/var/cache/apt/archives"/*.deb "$rootfs/var/lib/apt/lists"/* "$rootfs/usr/share/doc" \
        "$rootfs/usr/share/man" "$rootfs/usr/share/info"
    old_id=$(docker image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)
    tar -C "$rootfs" -c . | docker import \
        --change 'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]' \
        --change 'CMD ["mariadbd"]' \
        --change 'EXPOSE 3306' \
        --change 'VOLUME ["/var/lib/mysql"]' \
        --change 'ENV LANG=C.UTF-8' \
        --change "LABEL dev.workbook.inputs=$inputs" \
        --change "LABEL org.opencontainers.image.description=\"MariaDB from Debian $suite for the MySQL Java workbook\"" \
        - "$image" >/dev/null
    new_id=$(docker image inspect --format '{{.Id}}' "$image")
    if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
        docker image rm "$old_id" >/dev/null 2>&1 || true   # the previous build, now untagged
    fi
    say "built $image (inputs $inputs)"
fi

# --- 3. The helper image Testcontainers expects ----------------------------------------------------
if docker image inspect "$helper" >/dev/null 2>&1; then
    say "$helper is present"
else
    say "creating $helper from Debian's busybox-static"
    tiny=$(mktemp -d /var/tmp/workbook-tiny.XXXXXX)
    mkdir -p "$tiny/bin" "$tiny/tmp" "$tiny/etc"
    cp /bin/busybox "$tiny/bin/busybox"
    for applet in $("$tiny/bin/busybox" --list); do
        [ -e "$tiny/bin/$applet" ] || ln -s busybox "$tiny/bin/$applet"
    done
    echo 'root:x:0:0:root:/root:/bin/sh' >"$tiny/etc/passwd"
    tar -C "$tiny" -c . | docker import --change 'CMD ["/bin/sh"]' --change 'ENV PATH=/bin' \
        --change 'LABEL dev.workbook.helper=busybox-static' - "$helper" >/dev/null
    rm -rf "$tiny"
    say "created $helper"
fi

cat <<MSG
[docker-local-image] ready. To use this image with the docker provider, export:
  WORKBOOK_DOCKER_IMAGE=$image
  WORKBOOK_DOCKER_RYUK=false                  (Ryuk's image cannot be pulled without a registry)
  WORKBOOK_DOCKER_HOST_OVERRIDE=localhost     (reach the container over loopback)
MSG
