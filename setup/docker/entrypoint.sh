#!/bin/sh
# Entrypoint of the workbook's local MariaDB image (built by setup/docker-local-image.sh).
# Behaves like the official mysql image's entrypoint as far as Testcontainers' MySQL module and the
# workbook rely on it: MYSQL_ROOT_PASSWORD (or MYSQL_ALLOW_EMPTY_PASSWORD / MYSQL_RANDOM_ROOT_PASSWORD),
# MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD on the first start of an empty data directory, SQL and shell
# files in /docker-entrypoint-initdb.d, and extra server options as the container command
# (e.g. --character-set-server=utf8mb4). Like the official image, initialisation runs on a temporary server
# without networking, so a client that can connect over TCP always sees a fully initialised server.
set -eu

DATADIR=/var/lib/mysql
SOCKET=/run/mysqld/mysqld.sock

log() { echo "[Entrypoint]: $*"; }
die() { echo "[Entrypoint] ERROR: $*" >&2; exit 1; }

# SQL string literal and identifier escaping, so passwords and names with quotes cannot break the SQL.
sql_string() { printf "'%s'" "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/''/g")"; }
sql_ident() { printf '`%s`' "$(printf '%s' "$1" | sed -e 's/`/``/g')"; }
sql() { printf '%s\n' "$*"; }  # not echo: dash's echo would interpret backslashes in passwords

# Options as the command ("--x=y ..."), or no command at all, mean "run the server with these options".
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
    set -- mariadbd "$@"
fi
if [ "$1" = mysqld ]; then
    shift
    set -- mariadbd "$@"
fi
if [ "$1" != mariadbd ]; then
    exec "$@"
fi
shift

mkdir -p /run/mysqld "$DATADIR"
chown mysql:mysql /run/mysqld "$DATADIR"

init_database() {
    root_password=${MYSQL_ROOT_PASSWORD:-}
    if [ -z "$root_password" ] && [ -z "${MYSQL_ALLOW_EMPTY_PASSWORD:-}" ]; then
        if [ -n "${MYSQL_RANDOM_ROOT_PASSWORD:-}" ]; then
            root_password=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24)
            log "GENERATED ROOT PASSWORD: $root_password"
        else
            die "the database is uninitialized and no root password is set; set one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD or MYSQL_RANDOM_ROOT_PASSWORD"
        fi
    fi
    if [ -n "${MYSQL_USER:-}" ] && [ "$MYSQL_USER" = root ]; then
        die "MYSQL_USER=root is not allowed: root is created from MYSQL_ROOT_PASSWORD; use another name"
    fi

    log "Initializing database files"
    mariadb-install-db --user=mysql --datadir="$DATADIR" --skip-test-db --skip-name-resolve \
        --auth-root-authentication-method=normal >/dev/null
    log "Database files initialized"

    log "Starting temporary server"
    mariadbd --user=mysql --datadir="$DATADIR" --skip-networking --socket="$SOCKET" "$@" &
    temp_pid=$!
    i=0
    until mariadb-admin --socket="$SOCKET" -uroot ping >/dev/null 2>&1; do
        i=$((i + 1))
        if [ "$i" -gt 300 ] || ! kill -0 "$temp_pid" 2>/dev/null; then
            die "the temporary server did not start"
        fi
        sleep 0.1
    done
    log "Temporary server started."

    {
        sql "SET @@SESSION.SQL_LOG_BIN=0;"
        sql "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost'));"
        sql "DELETE FROM mysql.proxies_priv WHERE Host NOT IN ('localhost');"
        sql "ALTER USER 'root'@'localhost' IDENTIFIED BY $(sql_string "$root_password");"
        sql "CREATE USER 'root'@'%' IDENTIFIED BY $(sql_string "$root_password");"
        sql "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION;"
        sql "DROP DATABASE IF EXISTS test;"
        if [ -n "${MYSQL_DATABASE:-}" ]; then
            sql "CREATE DATABASE IF NOT EXISTS $(sql_ident "$MYSQL_DATABASE");"
        fi
        if [ -n "${MYSQL_USER:-}" ] && [ -n "${MYSQL_PASSWORD:-}" ]; then
            sql "CREATE USER $(sql_string "$MYSQL_USER")@'%' IDENTIFIED BY $(sql_string "$MYSQL_PASSWORD");"
            if [ -n "${MYSQL_DATABASE:-}" ]; then
                sql "GRANT ALL PRIVILEGES ON $(sql_ident "$MYSQL_DATABASE").* TO $(sql_string "$MYSQL_USER")@'%';"
            fi
        fi
        sql "FLUSH PRIVILEGES;"
    } | mariadb --protocol=socket --socket="$SOCKET" -uroot

    client="mariadb --protocol=socket --socket=$SOCKET -uroot"
    for f in /docker-entrypoint-initdb.d/*; do
        [ -e "$f" ] || continue
        case "$f" in
            *.sh) log "running $f"; . "$f" ;;
            *.sql) log "running $f"; MYSQL_PWD=$root_password $client ${MYSQL_DATABASE:+"$MYSQL_DATABASE"} <"$f" ;;
            *.sql.gz) log "running $f"; gunzip -c "$f" | MYSQL_PWD=$root_password $client ${MYSQL_DATABASE:+"$MYSQL_DATABASE"} ;;
            *) log "ignoring $f" ;;
        esac
    done

    log "Stopping temporary server"
    if ! MYSQL_PWD=$root_password mariadb-admin --socket="$SOCKET" -uroot shutdown; then
        die "the temporary server did not shut down"
    fi
    wait "$temp_pid" || true
    log "Temporary server stopped"
    # The same line the official image prints; log-based wait strategies look for it.
    log "MySQL init process done. Ready for start up."
}

if [ ! -d "$DATADIR/mysql" ]; then
    init_database "$@"
fi

# mariadbd itself prints "ready for connections" once it listens (twice in a first start's log,
# counting the temporary server, as with the official image).
exec mariadbd --user=mysql --datadir="$DATADIR" --socket="$SOCKET" --bind-address=0.0.0.0 --port=3306 "$@"
