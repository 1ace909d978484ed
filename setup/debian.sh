#!/usr/bin/env bash
# Debian/Ubuntu: installs a MySQL-compatible server with apt (Oracle MySQL where the distribution packages it,
# e.g. Ubuntu; otherwise MariaDB, e.g. Debian), starts it, fixes its socket directory, creates the utf8mb4
# workbook database and an application user with a generated password (root is left alone), writes the
# workbook config and runs `./workbook doctor`. Idempotent: a second run changes nothing.
#
#   setup/debian.sh            asks before installing
#   setup/debian.sh --yes      no questions (CI)
#   setup/debian.sh --yes --expect-no-changes    fails if anything had to change (proves a rerun is a no-op)
#
# If this fails: read the line starting with "error:", then run ./workbook doctor; troubleshooting/README.md.
set -euo pipefail

REPO=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
# shellcheck source=setup/lib/common.sh
. "$REPO/setup/lib/common.sh"

usage() {
  cat <<'EOF'
Usage: setup/debian.sh [--yes] [--mariadb|--mysql] [--database NAME] [--user NAME] [--no-doctor] [--expect-no-changes]
Installs and starts MySQL (Ubuntu) or MariaDB (Debian) with apt, creates the utf8mb4 workbook database and an
application user with privileges on it only, writes $WORKBOOK_HOME/config.properties (default ~/.workbook) with
provider=server, then runs ./workbook doctor. Safe to run again: a rerun changes nothing.
EOF
}

parse_common_options "$@"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "this script needs root for apt and the server's files" "run it as root, or install sudo"
  SUDO=(sudo)
fi
command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this script is for Debian and Ubuntu" \
  "macOS: setup/macos.sh; Windows: setup/windows.md; other systems: install MySQL 8.4 or MariaDB 11 yourself" "" 3

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# grep reads all of apt-cache's output: with -q it would stop early, and under pipefail the SIGPIPE apt-cache gets would read as "no candidate".
has_candidate() { apt-cache policy "$1" 2>/dev/null | grep 'Candidate: [0-9]' >/dev/null; }

# Keep whichever server is already installed: MySQL and MariaDB packages conflict with each other.
if installed mysql-server || installed mysql-server-core-8.0 || installed mysql-server-8.0; then
  FAMILY=mysql
elif installed mariadb-server; then
  FAMILY=mariadb
elif [ -n "$FORCE_FAMILY" ]; then
  FAMILY=$FORCE_FAMILY
elif has_candidate mysql-server; then
  FAMILY=mysql
else
  FAMILY=mariadb
fi
if [ "$FAMILY" = mysql ]; then PACKAGE=mysql-server; SERVICE=mysql; DAEMON=mysqld; else PACKAGE=mariadb-server; SERVICE=mariadb; DAEMON=mariadbd; fi

if installed "$PACKAGE"; then
  note "$PACKAGE is installed"
else
  confirm "Install $PACKAGE with apt?"
  if ! has_candidate "$PACKAGE"; then
    "${SUDO[@]}" apt-get update -qq
  fi
  has_candidate "$PACKAGE" || die "apt has no $PACKAGE package" "run: sudo apt-get update; or try --mariadb" "troubleshooting/server-not-installed.md"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$PACKAGE" >/dev/null
  changed "installed $PACKAGE"
fi

CLIENT=$(command -v mariadb || command -v mysql || true)
ADMIN_TOOL=$(command -v mariadb-admin || command -v mysqladmin || true)
[ -n "$CLIENT" ] && [ -n "$ADMIN_TOOL" ] || die "the $PACKAGE client tools are missing" "sudo apt-get install --reinstall $PACKAGE"

# The socket directory lives on a tmpfs (/run) and vanishes at reboot; the server cannot create its socket
# without it: ERROR 2002 "... (2)" or "(13)". The server makes the socket itself: never mkfifo one.
SOCKET=$({ "${SUDO[@]}" my_print_defaults --mysqld 2>/dev/null || true; } | sed -n 's/^--socket=//p' | tail -n 1)
SOCKET=${SOCKET:-/run/mysqld/mysqld.sock}
SOCKDIR=$(dirname "$SOCKET")
if [ ! -d "$SOCKDIR" ]; then
  "${SUDO[@]}" install -d -o mysql -g mysql -m 755 "$SOCKDIR"
  changed "created the socket directory $SOCKDIR (mysql:mysql, 755)"
else
  owner=$(stat -c '%U' "$SOCKDIR")
  mode=$(stat -c '%a' "$SOCKDIR")
  if [ "$owner" != mysql ]; then
    "${SUDO[@]}" chown mysql:mysql "$SOCKDIR"
    changed "socket directory $SOCKDIR was owned by $owner, now mysql"
  fi
  if [ $((8#$mode & 8#005)) -ne 5 ]; then
    "${SUDO[@]}" chmod 755 "$SOCKDIR"
    changed "socket directory $SOCKDIR was mode $mode, now 755 so clients can reach the socket"
  fi
fi

ping_server() { "${SUDO[@]}" "$ADMIN_TOOL" --protocol=socket --socket="$SOCKET" -uroot ping >/dev/null 2>&1; }

start_server() {
  if [ -d /run/systemd/system ]; then
    "${SUDO[@]}" systemctl enable --now "$SERVICE" >/dev/null 2>&1 && return 0
  fi
  if [ -x "/etc/init.d/$SERVICE" ] && command -v service >/dev/null 2>&1; then
    "${SUDO[@]}" service "$SERVICE" start >/dev/null 2>&1 && return 0
  fi
  # Containers without systemd or init scripts: start the daemon directly, detached, as the mysql user.
  local log=/var/log/mysql/workbook-setup.log
  "${SUDO[@]}" install -d -o mysql -g adm -m 2750 /var/log/mysql
  "${SUDO[@]}" sh -c "setsid /usr/sbin/$DAEMON --user=mysql </dev/null >>$log 2>&1 &"
}

if ping_server; then
  note "the $FAMILY server is running (socket $SOCKET)"
else
  note "starting the $FAMILY server..."
  start_server || true
  for _ in $(seq 1 60); do ping_server && break; sleep 0.5; done
  ping_server || die "the $FAMILY server did not start" \
    "read the server's log (journalctl -u $SERVICE, or /var/log/mysql/), then run: ./workbook doctor" \
    "troubleshooting/server-not-running.md"
  changed "started the $FAMILY server"
  if [ -d /run/systemd/system ]; then :; else note "no systemd here: after a reboot start it again with: service $SERVICE start"; fi
fi

# Root logs in through the socket (auth_socket on Ubuntu's MySQL, unix_socket on MariaDB): no password to
# know, none to weaken. Everything else happens as that administrator.
SQL_ADMIN=("${SUDO[@]}" "$CLIENT" --protocol=socket --socket="$SOCKET" -uroot)
sql_admin -e "SELECT 1" >/dev/null 2>&1 || die "root cannot log in through the socket $SOCKET" \
  "if you gave root a password, run: mysql -uroot -p  and create the user yourself (troubleshooting/1698-auth-socket.md)" \
  "troubleshooting/1698-auth-socket.md"

WB_PORT=$(sql_admin -e "SELECT @@port")
if [ "$(sql_admin -e "SELECT @@skip_networking")" = 1 ]; then
  die "the server runs with skip_networking: Java (which always uses TCP) cannot connect" \
    "remove skip-networking from /etc/mysql/ and restart: service $SERVICE restart" "troubleshooting/skip-networking.md"
fi

HOME_DIR=$(workbook_home)
CONFIG="$HOME_DIR/config.properties"
BEFORE=$(fingerprint "$CONFIG")
ensure_database
ensure_app_user "$CONFIG"
ensure_config "$HOME_DIR"
finish "$HOME_DIR" "$BEFORE"
