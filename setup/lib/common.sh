# Shared steps of setup/debian.sh and setup/macos.sh: options, the workbook database and application user,
# the workbook config file, the idempotency check and the final doctor run. Sourced, not run.
# Every step looks before it acts and counts what it changed, so a rerun reports "0 changes".

WB_DB=workbook
WB_USER=workbook
WB_HOST=127.0.0.1
WB_PORT=3306
ASSUME_YES=0
EXPECT_NO_CHANGES=0
RUN_DOCTOR=1
FORCE_FAMILY=""
CHANGES=0
SQL_ADMIN=()   # the command that runs SQL as the server's administrator (set by the platform script)
CLIENT_TCP_OPTS=()

note() { printf '[setup] %s\n' "$*"; }
changed() { CHANGES=$((CHANGES + 1)); printf '[setup] changed: %s\n' "$*"; }
die() {
  printf 'error: %s\n' "$1" >&2
  [ -n "${2:-}" ] && printf '  next: %s\n' "$2" >&2
  printf '  help: %s\n' "${3:-troubleshooting/README.md}" >&2
  exit "${4:-3}"
}

parse_common_options() {
  while [ $# -gt 0 ]; do
    case "$1" in
      -y|--yes) ASSUME_YES=1 ;;
      --expect-no-changes) EXPECT_NO_CHANGES=1 ;;
      --no-doctor) RUN_DOCTOR=0 ;;
      --mariadb) FORCE_FAMILY=mariadb ;;
      --mysql) FORCE_FAMILY=mysql ;;
      --database) WB_DB="${2:?--database needs a name}"; shift ;;
      --user) WB_USER="${2:?--user needs a name}"; shift ;;
      -h|--help) usage; exit 0 ;;
      *) die "unknown option: $1" "$0 --help" "troubleshooting/README.md" 2 ;;
    esac
    shift
  done
  case "$WB_DB$WB_USER" in
    *[!A-Za-z0-9_]*) die "database and user names may hold only letters, digits and _" "$0 --database NAME --user NAME" "" 2 ;;
  esac
  [ "$WB_USER" = root ] && die "the application user must not be root" "$0 --user workbook" "troubleshooting/1698-auth-socket.md" 2
  return 0
}

confirm() {
  [ "$ASSUME_YES" = 1 ] && return 0
  printf '%s [y/N] ' "$1"
  read -r answer || answer=n
  case "$answer" in y|Y|yes) return 0 ;; *) die "stopped at your request" "$0 --yes   to answer yes to every question" "" 2 ;; esac
}

# The workbook home of the person who runs the script, also under sudo.
workbook_home() {
  if [ -n "${WORKBOOK_HOME:-}" ]; then
    printf '%s' "$WORKBOOK_HOME"
  elif [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    printf '%s/.workbook' "$(eval echo "~$SUDO_USER")"
  else
    printf '%s/.workbook' "$HOME"
  fi
}

sql_admin() { "${SQL_ADMIN[@]}" --batch --skip-column-names "$@"; }

# Runs a query as the application user over TCP, the way Java connects. The password goes through a
# private defaults file, never the command line (visible in ps) or the console.
app_can_login() {
  local pw="$1" cnf rc
  cnf=$(mktemp)
  chmod 600 "$cnf"
  printf '[client]\nuser=%s\npassword="%s"\nhost=%s\nport=%s\nprotocol=TCP\n' "$WB_USER" "$pw" "$WB_HOST" "$WB_PORT" >"$cnf"
  rc=0
  "$CLIENT" --defaults-extra-file="$cnf" --batch --skip-column-names "${CLIENT_TCP_OPTS[@]}" -e "SELECT 1" "$WB_DB" >/dev/null 2>&1 || rc=$?
  rm -f "$cnf"
  return "$rc"
}

# Quotes a value for a single-quoted SQL string literal.
sql_quote() { local v="${1//\\/\\\\}"; printf '%s' "${v//\'/\'\'}"; }

new_password() {
  local raw
  raw=$(LC_ALL=C tr -dc 'A-Za-z0-9' < <(head -c 600 /dev/urandom))
  # Upper, lower, digit and a symbol: passes validate_password's MEDIUM and STRONG length/class rules.
  printf '%sAa7-' "${raw:0:20}"
}

config_value() {
  local file="$1" key="$2"
  [ -f "$file" ] || return 0
  sed -n "s/^[[:space:]]*${key//./\\.}[[:space:]]*=[[:space:]]*//p" "$file" | tail -n 1 | sed 's/[[:space:]]*$//'
}

ensure_database() {
  local cs
  cs=$(sql_admin -e "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME='$WB_DB'")
  if [ -z "$cs" ]; then
    sql_admin -e "CREATE DATABASE \`$WB_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    changed "created database $WB_DB (utf8mb4)"
  elif [ "$cs" != utf8mb4 ]; then
    sql_admin -e "ALTER DATABASE \`$WB_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    changed "database $WB_DB was $cs, now utf8mb4 for new tables"
  else
    note "database $WB_DB exists (utf8mb4)"
  fi
}

# Creates the application user for socket ('localhost') and TCP ('127.0.0.1') logins with privileges on the
# workbook database only. Root is never touched.
ensure_app_user() {
  local config="$1" pw host n
  pw=""
  if [ "$(config_value "$config" db.user)" = "$WB_USER" ]; then
    pw=$(config_value "$config" db.password)
  fi
  [ -z "$pw" ] && pw=$(new_password)
  for host in localhost 127.0.0.1; do
    n=$(sql_admin -e "SELECT COUNT(*) FROM mysql.user WHERE user='$WB_USER' AND host='$host'")
    if [ "$n" = 0 ]; then
      printf "CREATE USER '%s'@'%s' IDENTIFIED BY '%s';\n" "$WB_USER" "$host" "$(sql_quote "$pw")" | sql_admin
      changed "created user '$WB_USER'@'$host'"
    fi
    if ! sql_admin -e "SHOW GRANTS FOR '$WB_USER'@'$host'" | grep -q "ALL PRIVILEGES ON \`$WB_DB\`\.\*"; then
      sql_admin -e "GRANT ALL PRIVILEGES ON \`$WB_DB\`.* TO '$WB_USER'@'$host'"
      changed "granted '$WB_USER'@'$host' all privileges on $WB_DB.* (and nothing else)"
    fi
  done
  if ! app_can_login "$pw"; then
    for host in localhost 127.0.0.1; do
      printf "ALTER USER '%s'@'%s' IDENTIFIED BY '%s';\n" "$WB_USER" "$host" "$(sql_quote "$pw")" | sql_admin
    done
    changed "set a new password for $WB_USER (stored in $config only)"
    app_can_login "$pw" || die "the application user still cannot log in over TCP ($WB_USER@$WB_HOST:$WB_PORT)" \
      "run: ./workbook doctor" "troubleshooting/1045-access-denied.md"
  fi
  APP_PASSWORD="$pw"
}

# Writes provider=server and db.* into the workbook config, keeping every other line as it was.
# (No associative arrays: macOS still ships bash 3.2.)
wanted_value() {
  case "$1" in
    provider) printf 'server' ;;
    db.host) printf '%s' "$WB_HOST" ;;
    db.port) printf '%s' "$WB_PORT" ;;
    db.user) printf '%s' "$WB_USER" ;;
    db.password) printf '%s' "$APP_PASSWORD" ;;
    db.name) printf '%s' "$WB_DB" ;;
  esac
}
CONFIG_KEYS="provider db.host db.port db.user db.password db.name"

ensure_config() {
  local home="$1" config="$1/config.properties" tmp key same=1
  for key in $CONFIG_KEYS; do
    [ "$(config_value "$config" "$key")" = "$(wanted_value "$key")" ] || same=0
  done
  if [ "$same" = 1 ]; then
    note "workbook config $config already points at this server"
    return 0
  fi
  mkdir -p "$home"
  tmp=$(mktemp "$home/.config.XXXXXX")
  chmod 600 "$tmp"
  if [ -f "$config" ]; then
    cp -p "$config" "$config.bak"
    grep -v -E '^[[:space:]]*(provider|db\.host|db\.port|db\.user|db\.password|db\.name)[[:space:]]*=' "$config" >"$tmp" || true
  else
    printf '# Workbook settings (see: ./workbook config). Written by setup/; keep private, it holds a password.\n' >"$tmp"
  fi
  for key in $CONFIG_KEYS; do
    printf '%s = %s\n' "$key" "$(wanted_value "$key")" >>"$tmp"
  done
  mv "$tmp" "$config"
  if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    chown "$SUDO_USER" "$home" "$config"
  fi
  changed "wrote $config (provider=server, db.user=$WB_USER, password hidden)"
}

# What a rerun must leave untouched: the config file, the database's character set, the user's accounts,
# grants and password hashes. Compared before and after with --expect-no-changes.
fingerprint() {
  local config="$1"
  {
    if [ -f "$config" ]; then cat "$config"; fi
    sql_admin -e "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME='$WB_DB'"
    sql_admin -e "SELECT user, host, plugin, authentication_string FROM mysql.user WHERE user='$WB_USER' ORDER BY host" 2>/dev/null
    for host in localhost 127.0.0.1; do sql_admin -e "SHOW GRANTS FOR '$WB_USER'@'$host'" 2>/dev/null || true; done
  } | cksum
}

finish() {
  local home="$1" before="$2" after
  after=$(fingerprint "$home/config.properties")
  if [ "$CHANGES" = 0 ]; then
    note "nothing to change: the server, database, user and config were already set up"
  else
    note "$CHANGES change(s) made"
  fi
  if [ "$EXPECT_NO_CHANGES" = 1 ] && { [ "$CHANGES" != 0 ] || [ "$before" != "$after" ]; }; then
    die "--expect-no-changes: this run changed something ($CHANGES step(s); state fingerprint $before -> $after)" \
      "rerun without --expect-no-changes and read the 'changed:' lines" "" 1
  fi
  [ "$RUN_DOCTOR" = 1 ] || return 0
  if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
    note "no JDK found: install a JDK 17+ and run: WORKBOOK_HOME=$home ./workbook doctor"
    return 0
  fi
  note "running the doctor: WORKBOOK_HOME=$home ./workbook doctor"
  if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ] && command -v sudo >/dev/null 2>&1; then
    sudo -u "$SUDO_USER" env WORKBOOK_HOME="$home" "$REPO/workbook" doctor
  else
    WORKBOOK_HOME="$home" "$REPO/workbook" doctor
  fi
}
