// 14-passwords-and-access.jsh: generated from src/main/resources/chapters/14-passwords-and-access.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/14-passwords-and-access.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\14-passwords-and-access.jsh
// or: ./workbook run 14   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 14. Passwords and access: accounts done right
//
// The second seed spends half its length fighting access errors on a fresh Ubuntu install, and its fixes are the ones that circulate on
// forums:
//
// ```text
// $ sudo mysqld_safe --skip-grant-tables
// mysql> update user set authentication_string=PASSWORD('new-password') where user='root';
//
// mysql> UPDATE user SET plugin='mysql_native_password' WHERE User='root';
// mysql> FLUSH PRIVILEGES;
// ```
//
// Each of these is now wrong or dangerous, and none is needed. This chapter does the same job the way current MySQL and MariaDB
// expect, on the workbook's server.
//
// **Objectives.** After this chapter you can:
//
// - create an application account with a password and privileges on one database only, instead of using (or weakening) `root`;
// - read an account's privileges and authentication plugin;
// - change a password with `ALTER USER` (`PASSWORD()` was removed in MySQL 8.0);
// - explain why `UPDATE mysql.user SET plugin=...` fails on MariaDB 10.4+ and breaks logins on MySQL 8.4/9, and why
//   `--skip-grant-tables` must come with `--skip-networking`;
// - recognise errors 1045, 1142 and 1698, and find the page and the `workbook doctor` check for each.

// The first cell shows who you are. The workbook already follows the rule of this chapter: you are logged in as an application user
// (`workbook`) that may do anything inside the workbook database and nothing outside it.

import dev.workbook.Workbook;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

Workbook.sql("SELECT CURRENT_USER() AS logged_in_as, DATABASE() AS current_database");

// `CURRENT_USER()` is the account the server matched (`user@host`); a `host` of `127.0.0.1` or `localhost` means "only from this
// machine" (a Docker provider's account uses `%`, any host, because the container sees the host machine as a network peer).
// Java always connects over TCP, so a local server sees `127.0.0.1` (or `localhost` when it resolves names).
// `SHOW GRANTS` lists an account's privileges; for `workbook` it says ``GRANT ALL PRIVILEGES ON `workbook`.*``. (We do not run it for
// `workbook` here: MariaDB prints the account's password hash with it, and real hashes do not belong in a notebook.)
//
// ## An administrative account, used only for account work
//
// Creating accounts needs an administrative account. The embedded server has one (`workbook_admin`), and so does the Docker provider;
// with an existing server, configure `admin.user`/`admin.password` or run the statements in the `mysql` client as its administrator.
// `Workbook.adminDataSource()` hands out connections as that account, `Workbook.dataSource(user, password)` as any other account,
// and `Workbook.sql(dataSource, ...)` prints results through either. Two small helpers do the rest: `asAdmin` runs a statement
// with parameters (`?`) as the administrator, and `firstValue` reads one value.

DataSource admin = Workbook.adminDataSource();
String db = Workbook.target().database();

void asAdmin(String sql, String... params) throws SQLException {
    try (Connection c = admin.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
            ps.setString(i + 1, params[i]);
        }
        ps.execute();
    }
}

String firstValue(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
        rs.next();
        return rs.getString(1);
    }
}

// A table for the new account to read, created by the application user:

Workbook.sql("""
        DROP TABLE IF EXISTS notice;
        CREATE TABLE notice (id INT AUTO_INCREMENT PRIMARY KEY, message VARCHAR(200) NOT NULL);
        INSERT INTO notice (message) VALUES ('Exams start on Monday');
        """);

// ```mermaid
// erDiagram
//     notice {
//         INT id PK
//         VARCHAR message "200, not null"
//     }
// ```
//
// ## A read-only account
//
// A reporting tool needs to read the workbook database and nothing else. An account is a user *and* the host it connects from, so first
// ask the server where it sees us coming from (`USER()`): `127.0.0.1` for the embedded server, the Docker network's gateway for a
// container. Create the account for that host and for `localhost`, give it a password (passed as a parameter, never glued into SQL),
// and grant `SELECT` on this database only.
// Running the cell twice is safe: `IF NOT EXISTS`, then `ALTER USER` resets the password and `REVOKE ALL` removes whatever the
// account had before, so it ends with exactly one privilege.

String seenFrom = firstValue(Workbook.dataSource(), "SELECT SUBSTRING_INDEX(USER(), '@', -1)");
List<String> hosts = seenFrom.equals("localhost") ? List.of("localhost") : List.of("localhost", seenFrom);
System.out.println("creating wb_reader for " + hosts);

String readerPassword = "Reader-pass-2024!";   // a demo password; real ones come from a secret store, never from source code
for (String host : hosts) {
    String account = "'wb_reader'@'" + host + "'";
    asAdmin("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY ?", readerPassword);
    asAdmin("ALTER USER " + account + " IDENTIFIED BY ?", readerPassword);
    asAdmin("REVOKE ALL PRIVILEGES, GRANT OPTION FROM " + account);
    asAdmin("GRANT SELECT ON `" + db + "`.* TO " + account);
}
DataSource reader = Workbook.dataSource("wb_reader", readerPassword);
Workbook.sql(reader, "SELECT CURRENT_USER() AS logged_in_as; SHOW GRANTS; SELECT * FROM notice");

// There is no `FLUSH PRIVILEGES`: `CREATE USER`, `GRANT` and `ALTER USER` take effect at once. `FLUSH PRIVILEGES` is only needed
// after editing the grant tables directly, which you should not do (below).
//
// ## What the account may not do: error 1142

// This cell fails on purpose (expected: SQL error 1142); jshell prints the error and goes on.
Workbook.sql(reader, "INSERT INTO notice (message) VALUES ('written by the reader')");

// `INSERT command denied to user 'wb_reader'@'127.0.0.1' for table ...notice...`: the login worked, the privilege is missing.
// That is the point of a least-privilege account. Fix it with a `GRANT`, if the account really needs the right
// (see [troubleshooting/1142-command-denied.md](../troubleshooting/1142-command-denied.md)).
//
// ## A wrong password: error 1045

// This cell fails on purpose (expected: SQL error 1045); jshell prints the error and goes on.
Workbook.sql(Workbook.dataSource("wb_reader", "not-the-password"), "SELECT 1");

// `Access denied for user 'wb_reader'@'127.0.0.1' (using password: YES)`. "YES" means a password was sent and did not match;
// "NO" means none was sent (an empty password setting). The same text appears when the `user@host` pair does not exist, so check the
// host part too. See [troubleshooting/1045-access-denied.md](../troubleshooting/1045-access-denied.md);
// `workbook doctor` runs this login and says which case it is.
//
// ## Changing a password: `ALTER USER`, not `PASSWORD()`
//
// The seed's `UPDATE user SET authentication_string=PASSWORD('new-password')` fails on MySQL 8.0 and later, where `PASSWORD()` no longer exists:
//
// ```text
// ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version
// for the right syntax to use near '('new-password') where user='root'' at line 1
// ```
//
// (MariaDB still has `PASSWORD()`, but its `mysql.user` is a view since 10.4, so the `UPDATE` fails there too; on MariaDB 11.4, even as root:
// `ERROR 1356 (HY000): View 'mysql.user' references invalid table(s) or column(s) or function(s) or definer/invoker of view lack rights to use them`.)
// (See [troubleshooting/password-function-removed.md](../troubleshooting/password-function-removed.md) and
// [troubleshooting/1348-mysql-user-is-a-view.md](../troubleshooting/1348-mysql-user-is-a-view.md).)
// One statement works on both, updates every place the server keeps the credential, and needs no flush:

String newPassword = "Reader-pass-2025!";
for (String host : hosts) {
    asAdmin("ALTER USER 'wb_reader'@'" + host + "' IDENTIFIED BY ?", newPassword);
}
DataSource readerNow = Workbook.dataSource("wb_reader", newPassword);
Workbook.sql(readerNow, "SELECT COUNT(*) AS notices FROM notice");

// Users change their own password without any privilege: on MySQL with `ALTER USER USER() IDENTIFIED BY '...'`; on MariaDB with
// `SET PASSWORD = PASSWORD('...')` (MariaDB's `ALTER USER` needs the `CREATE USER` privilege even for your own account: error 1227).
//
// ## Authentication plugins, and why `UPDATE mysql.user SET plugin=...` is wrong
//
// Every account has an authentication plugin: how the server checks who you are.

Workbook.sql(admin, "SELECT user, host, plugin FROM mysql.user WHERE user IN ('wb_reader', 'root') ORDER BY user, host");

// What you see depends on the server:
//
// - **MySQL 8.0+** creates accounts with `caching_sha2_password`. `mysql_native_password` (the seed's target) is deprecated in 8.0,
//   disabled by default in 8.4 (accounts using it fail with error 1524 `Plugin 'mysql_native_password' is not loaded`,
//   see [troubleshooting/1524-native-password-not-loaded.md](../troubleshooting/1524-native-password-not-loaded.md)) and removed in 9.0.
//   On Ubuntu, `root@localhost` uses `auth_socket`: it logs in the operating-system user `root` (`sudo mysql`) and never checks a password.
// - **MariaDB 10.4+** creates `root@localhost` as `IDENTIFIED VIA unix_socket OR mysql_native_password USING 'invalid'`: `sudo mariadb` works,
//   and no password ever does until you set one. Its `mysql.user` is a view over `mysql.global_priv`, and the `plugin` column shows only part of this.
//
// So the seed's `UPDATE user SET plugin='mysql_native_password' WHERE User='root'`:
//
// - on **MariaDB 10.4+** fails: on 11.4 with the 1356 error above, on earlier 10.x releases with `ERROR 1348 (HY000): Column 'plugin' is not updatable`;
// - on **MySQL 8.4** "works", and switches root to a plugin that is not loaded: root can no longer log in at all (1524);
// - on **MySQL 9** does the same with a plugin that no longer exists.
//
// The seed needed it because Java (like every TCP client) cannot use `auth_socket`/`unix_socket`: connecting as root from Java gives
//
// ```text
// ERROR 1698 (28000): Access denied for user 'root'@'localhost'
// ```
//
// while `sudo mysql` works. The fix is what this chapter did: leave root alone and give the application its own account with a password.
// If you really want a root password, the supported statements are (run in `sudo mysql` / `sudo mariadb`):
//
// ```sql
// -- MySQL 8.0 / 8.4 / 9.x
// ALTER USER 'root'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'a-strong-password';
// -- MariaDB 10.4+ (keeps socket login for sudo, adds a password for TCP clients)
// ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('a-strong-password');
// ```
//
// See [troubleshooting/1698-auth-socket.md](../troubleshooting/1698-auth-socket.md).
//
// ## A lost root password: `--skip-grant-tables` only with `--skip-networking`
//
// The seed's recipe (`mkdir /var/run/mysqld; chown mysql ...`, `mysqld_safe --skip-grant-tables`, an `UPDATE` with `PASSWORD()`,
// `service mysql stop/start`) needs four corrections:
//
// - `--skip-grant-tables` switches off every password check: anyone who can reach the server is root. MySQL 8.0+ adds
//   `--skip-networking` by itself; MySQL 5.7 does not, and neither does MariaDB (Debian's MariaDB 10.11 started with
//   `--skip-grant-tables` alone listens on port 3306). Say `--skip-networking` yourself.
// - The password is changed with `FLUSH PRIVILEGES` **first** (it loads the grant tables; without it `ALTER USER` fails with
//   error 1290), then `ALTER USER`, as above.
// - The seed's first step was right: the socket directory must exist. On Ubuntu's MySQL, `systemctl stop mysql` deletes
//   `/run/mysqld`, and MySQL's `mysqld_safe` then stops with `Directory '/var/run/mysqld' for UNIX socket file don't exists.`
//   (Debian's MariaDB keeps the directory, and its `mysqld_safe` creates a missing one; the line is harmless there.)
// - Once root has a password again, `mysqladmin shutdown` needs it (`-p` asks for it). And `service mysql stop` does not stop a
//   server you started by hand: systemd stops only the servers it started.
//
// The recipe for Debian/Ubuntu with MariaDB, as an administrator of the machine. The workbook's tests run exactly these lines against
// Debian's MariaDB 10.11 (only the two `systemctl` lines are platform-specific: the test stands in for systemd); see
// [troubleshooting/1290-skip-grant-tables.md](../troubleshooting/1290-skip-grant-tables.md) for each line and the MySQL variant:
//
// <!-- recipe lost-root-password: the test runs this block as written -->
// ```sh
// sudo systemctl stop mariadb
// sudo install -d -o mysql -g mysql /run/mysqld
// sudo mysqld_safe --skip-grant-tables --skip-networking &
// until sudo mysqladmin --silent ping; do sleep 1; done
// sudo mariadb -u root <<'SQL'
// FLUSH PRIVILEGES;
// ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('a-strong-password');
// SQL
// sudo mysqladmin -u root -p shutdown
// sudo systemctl start mariadb
// ```
//
// On MySQL, prefer the `--init-file` route: a file with the `ALTER USER` statement, read once at start-up, and no moment without
// password checks (see [troubleshooting/1045-access-denied.md](../troubleshooting/1045-access-denied.md)).
//
// ## When the server itself is unreachable: error 2002
//
// The seed's first error, `ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (13)`,
// is not about accounts: the client could not reach the server's socket file (the number is the OS error: 2 missing, 13 permission
// denied, 111 nothing listening). Creating a FIFO with `mkfifo` in its place, as the seed does, only hides it. Run `workbook doctor`,
// which checks the service, the socket directory and the TCP port, and see
// [troubleshooting/2002-socket-permission.md](../troubleshooting/2002-socket-permission.md) (errno 13, the seed's case) and
// [troubleshooting/2002-socket-missing.md](../troubleshooting/2002-socket-missing.md) (errno 2).
//
// ## Common mistakes
//
// - **Using root from applications.** One leaked password then opens every database on the server. One account per application,
//   privileges on its own database.
// - **`'user'@'%'` everywhere.** `%` accepts connections from any host. On a development machine `localhost`/`127.0.0.1` is enough;
//   in Docker or on a LAN, name the network (`'app'@'172.17.%'`).
// - **Granting on `*.*`.** `GRANT ALL ON *.*` includes the `mysql` schema and account management. Grant on `db.*`.
//
// ## Exercise
//
// Give an account `SELECT`, `INSERT` and `UPDATE` on a database, but not `DELETE` or `DROP`. This time you are not the administrator:
// the check creates the account (with a new name for every check, such as `wbx_3f2a9c1b04de_writer`, and no privileges) and runs your code as an
// account that owns the exercise's throwaway database and may pass its own privileges on (`WITH GRANT OPTION`), the way a team
// lead hands out rights on a database of their own. Write `grantWriter(account, database)`: one `GRANT` of the three privileges on
// that database only. The check then proves it as the new account: an `INSERT` into `notice` that works, a `DELETE` that fails with
// 1142, and `SHOW GRANTS`.
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it; it prints ✓ or ✗ for each
// check, with a hint when one fails. In a terminal the same exercise is `notebooks/exercises/14-writer-account.jsh`, checked with
// `./workbook check 14-writer-account` (hints: `./workbook exercises hint 14-writer-account`).

// The exercise's cells are in notebooks/exercises/14-writer-account.jsh; check it with: ./workbook check 14-writer-account

/exit
