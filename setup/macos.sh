#!/usr/bin/env bash
# macOS (Homebrew): installs MySQL (the `mysql` formula, 9.x; --mysql84 for the 8.4 LTS; --mariadb for MariaDB),
# starts it with `brew services`, creates the utf8mb4 workbook database and an application user with a generated
# password (root is left alone), writes the workbook config and runs `./workbook doctor`. A second run changes nothing.
#
#   setup/macos.sh --yes
#
# Platform-specific: CI runs setup/debian.sh, not this script. If this fails: read the "error:" line, then run
# ./workbook doctor; troubleshooting/README.md.
set -euo pipefail

REPO=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
# shellcheck source=setup/lib/common.sh
. "$REPO/setup/lib/common.sh"

usage() {
  cat <<'EOF2'
Usage: setup/macos.sh [--yes] [--mysql84|--mariadb] [--database NAME] [--user NAME] [--no-doctor] [--expect-no-changes]
Installs and starts MySQL with Homebrew (default formula `mysql`, 9.x), creates the utf8mb4 workbook database and an
application user with privileges on it only, writes $WORKBOOK_HOME/config.properties (default ~/.workbook) with
provider=server, then runs ./workbook doctor. Safe to run again: a rerun changes nothing.
EOF2
}

FORMULA=mysql
args=()
for a in "$@"; do
  case "$a" in
    --mysql84) FORMULA=mysql@8.4 ;;
    --mariadb) FORMULA=mariadb ;;
    *) args+=("$a") ;;
  esac
done
parse_common_options "${args[@]+"${args[@]}"}"

[ "$(uname -s)" = Darwin ] || die "this script is for macOS" "Debian/Ubuntu: setup/debian.sh; Windows: setup/windows.md" "" 3
[ "$(id -u)" -ne 0 ] || die "run this as your own user, not root: Homebrew refuses to run as root" "setup/macos.sh --yes" "" 2
command -v brew >/dev/null 2>&1 || die "Homebrew is not installed" "install it from https://brew.sh, then rerun setup/macos.sh" \
  "troubleshooting/server-not-installed.md"

# Keep whichever server is already installed: two servers would fight over port 3306 and /tmp/mysql.sock.
for f in mysql mysql@8.4 mariadb; do
  if brew list --formula "$f" >/dev/null 2>&1; then FORMULA=$f; break; fi
done
PREFIX=$(brew --prefix "$FORMULA")

if brew list --formula "$FORMULA" >/dev/null 2>&1; then
  note "$FORMULA is installed"
else
  confirm "Install $FORMULA with Homebrew?"
  brew install "$FORMULA"
  changed "installed $FORMULA"
fi

CLIENT="$PREFIX/bin/mysql"
[ -x "$PREFIX/bin/mariadb" ] && CLIENT="$PREFIX/bin/mariadb"
ADMIN_TOOL="$PREFIX/bin/mysqladmin"
[ -x "$PREFIX/bin/mariadb-admin" ] && ADMIN_TOOL="$PREFIX/bin/mariadb-admin"
SOCKET=/tmp/mysql.sock

# Homebrew's MySQL initialises root with no password (socket and TCP on 127.0.0.1); Homebrew's MariaDB gives the
# installing macOS user and root unix_socket logins. Try the one that applies, never change root.
if [ "$FORMULA" = mariadb ]; then
  SQL_ADMIN=("$CLIENT" --protocol=socket --socket="$SOCKET")
else
  SQL_ADMIN=("$CLIENT" --protocol=socket --socket="$SOCKET" -uroot)
fi
ping_server() { "${SQL_ADMIN[@]}" --batch -e "SELECT 1" >/dev/null 2>&1; }

if ping_server; then
  note "the $FORMULA server is running (socket $SOCKET)"
else
  note "starting $FORMULA with brew services..."
  brew services start "$FORMULA" >/dev/null
  for _ in $(seq 1 60); do ping_server && break; sleep 0.5; done
  ping_server || die "the $FORMULA server did not start or root cannot log in through $SOCKET" \
    "read $(brew --prefix)/var/mysql/\$(hostname).err; a stray /etc/my.cnf can stop it (see brew info $FORMULA)" \
    "troubleshooting/server-not-running.md"
  changed "started $FORMULA (brew services: it starts again at login)"
fi
: "$ADMIN_TOOL"

WB_PORT=$(sql_admin -e "SELECT @@port")
if [ "$(sql_admin -e "SELECT @@skip_networking")" = 1 ]; then
  die "the server runs with skip_networking: Java cannot connect" "remove skip-networking from $(brew --prefix)/etc/my.cnf; brew services restart $FORMULA" \
    "troubleshooting/skip-networking.md"
fi

HOME_DIR=$(workbook_home)
CONFIG="$HOME_DIR/config.properties"
BEFORE=$(fingerprint "$CONFIG")
ensure_database
ensure_app_user "$CONFIG"
ensure_config "$HOME_DIR"
finish "$HOME_DIR" "$BEFORE"
