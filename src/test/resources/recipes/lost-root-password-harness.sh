#!/usr/bin/env bash
# Runs the lost-root-password recipe exactly as a page shows it, against Debian's MariaDB packages, inside a private
# mount and network namespace (LostRootPasswordRecipeTest starts it with setsid + unshare): the machine's own server,
# /run/mysqld and /var/lib/mysql are never touched. Only `sudo` (the test runs as root) and `systemctl` (there is no
# systemd here) are stand-ins; every other line of the recipe runs as written.
#
#   lost-root-password-harness.sh DATA_DIR RECIPE_FILE FORGOTTEN_PASSWORD NEW_PASSWORD   (stdin: what is typed at -p)
set -euo pipefail
data=$1 recipe=$2 forgotten=$3 new=$4

step() { echo "== $*"; }
up() {
  for _ in $(seq 120); do
    mysqladmin --silent ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "harness: the server did not answer within 60 s"
  return 1
}
cleanup() {
  # A failed step may leave a server running: stop it through its pid file, then its mysqld_safe.
  [ -f /run/mysqld/mysqld.pid ] && kill "$(cat /run/mysqld/mysqld.pid)" 2>/dev/null
  wait
}
trap cleanup EXIT

mount -t tmpfs -o mode=755 tmpfs /run        # a /run of our own, without /run/mysqld (as after a reboot)
mount --bind "$data" /var/lib/mysql
ip link set lo up

step "before: a fresh server whose root has a password nobody remembers"
mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db >/dev/null
mysqld_safe >/dev/null 2>&1 &
up
mariadb -u root -e "ALTER USER 'root'@'localhost' IDENTIFIED BY '$forgotten'"

step "lost: root cannot log in"
if mariadb -u root -e "SELECT 1" 2>&1; then
  echo "harness: root logged in without a password"
  exit 1
fi

sudo() { "$@"; }
systemctl() {
  case "$1" in
    # Stops the server, then deletes /run/mysqld, as systemd does for Ubuntu's mysql.service (RuntimeDirectory=mysqld).
    stop) mysqladmin -u root --password="$forgotten" shutdown; wait; rm -rf /run/mysqld ;;
    # Starts it normally, as the service would, once the recipe's own server has exited.
    start) wait; mysqld_safe >/dev/null 2>&1 & up ;;
    *) echo "harness: unexpected systemctl $*"; return 1 ;;
  esac
}

step "recipe: $recipe"
set -x
# shellcheck disable=SC1090
. "$recipe"
set +x

step "after: a normal start (grant tables and network on)"
mariadb -u root -N -e "SELECT CONCAT('normal start: skip_networking=', @@skip_networking)"
runuser -u nobody -- mariadb -u root --password="$new" -N -e "SELECT CONCAT('new password logs in as ', CURRENT_USER())"
if runuser -u nobody -- mariadb -u root --password="$forgotten" -e "SELECT 1" 2>&1; then
  echo "harness: the forgotten password still works"
  exit 1
fi
mysqladmin -u root shutdown
wait

step "claim: MariaDB does not add --skip-networking to --skip-grant-tables by itself"
mysqld_safe --skip-grant-tables >/dev/null 2>&1 &
up
mariadb -u root -N -e "SELECT CONCAT('without the option: skip_networking=', @@skip_networking, ' port=', @@port)"
mysqladmin shutdown
wait
step "done"
