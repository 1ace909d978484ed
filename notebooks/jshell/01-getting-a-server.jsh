// 01-getting-a-server.jsh: generated from src/main/resources/chapters/01-getting-a-server.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/01-getting-a-server.jsh
// Windows PowerShell:
//   jshell --class-path "$(Get-Content target\classpath.txt);target\classes" notebooks\jshell\01-getting-a-server.jsh
// or: ./workbook run 01   (which also shows each expression's value, as a notebook does; a script given to jshell runs quietly)

// # 1. Getting a server and a database
//
// **Objectives**
// - Get a MySQL-compatible server in one command: embedded (the default), Docker, or one you installed.
// - Connect from Java and see which server, user and database you are on.
// - Create a database the right way: `CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`, and see what goes wrong with `utf8`.
// - Use `SHOW DATABASES`, `USE`, `SHOW TABLES` and `SELECT DATABASE()` from Java.
//
// The seed starts with `sudo apt-get install mysql-server`, a socket error and a password reset. None of that is needed
// to begin. The workbook brings its own server:
//
// ```sh
// ./workbook db start                      # embedded MariaDB 11.4: no install, no root, data in ~/.workbook
// ./workbook db status                     # where it runs, its data directory and log
// ```
//
// Two other ways, chosen in `~/.workbook/config.properties` (or with `WORKBOOK_*` environment variables):
//
// ```sh
// # MySQL 8.4 in Docker, through Testcontainers (needs a running Docker):
// WORKBOOK_PROVIDER=docker ./workbook db start
// # A server you installed yourself (the workbook never uses root; give it an application user):
// WORKBOOK_PROVIDER=server WORKBOOK_DB_HOST=127.0.0.1 WORKBOOK_DB_USER=workbook ./workbook db start
// ```
//
// Installing a server yourself is covered by the scripts in `setup/` (Debian/Ubuntu, macOS, Windows), and
// `./workbook doctor` explains what is wrong when a connection fails. Note for the seed's command: on Debian 12 the
// package is `mariadb-server`; `mysql-server` no longer exists there.

// ## Java you will see before chapter 2
//
// Chapter 2 teaches the Java that replaces the seed's Python. Until then, read this chapter's cells with this table:
//
// | Java | Python |
// |---|---|
// | `import dev.workbook.Workbook;` | `from dev.workbook import Workbook` |
// | `Workbook.sql("SHOW TABLES");` | a call, like `workbook.sql("SHOW TABLES")`; `;` ends a statement |
// | a cell whose last line has no `;`, such as `Workbook.target()` | an expression typed at the `>>>` prompt: the notebook (and `workbook run`) shows its value |
// | `DataSource admin = Workbook.adminDataSource();` | `admin = workbook.admin_data_source()`, with the variable's type written first |
// | `try (Connection c = ...) { ... }` | `with ... as c:`, so `c` is closed when the block ends, also after an error |
// | `"""` ... `"""` | a triple-quoted string |
// | `s -> s.persist(p)` (from chapter 2 on) | `lambda s: s.persist(p)` |

// ## Connecting
//
// The first cell of every chapter imports what it uses and connects. `Workbook.target()` starts the configured server
// if needed (or attaches to it) and says where it is:

import dev.workbook.Workbook;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

Workbook.target()

Workbook.sql("SELECT VERSION() AS server, CURRENT_USER() AS me, DATABASE() AS current_database");

// ## From `mysql -h host -u user -p menagerie` to a JDBC URL
//
// The seed connects with the command-line client: `mysql -h host -u user -p menagerie`. A Java program says the same
// with a **JDBC URL** (host, port and database) plus a user and password, given to MySQL's driver, Connector/J:
//
// | `mysql` client | JDBC |
// |---|---|
// | `-h 127.0.0.1` `-P 3306` | `jdbc:mysql://127.0.0.1:3306/...` |
// | `menagerie` (the last word) | the path: `jdbc:mysql://host:port/menagerie` |
// | `-u user -p` | `user` and `password` properties (never in the URL you share) |

Workbook.target().jdbcUrl()

// The options after `?` keep connections short-fused (`connectTimeout`) and speak 4-byte UTF-8 (`utf8mb4`, below).
// With plain JDBC a query is a `Connection`, a `Statement` and a `ResultSet`. All three hold resources on the server, so they are
// opened in `try (...)`, Python's `with`: they are closed when the block ends, in reverse order, even if a statement fails.

try (Connection c = Workbook.connect();
     Statement st = c.createStatement();
     ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
    rs.next();
    System.out.println("connected to database: " + rs.getString(1));
}

// ## `SHOW DATABASES`, `SELECT DATABASE()`, `SHOW TABLES`
//
// `Workbook.sql(...)` runs statements and prints the results as the `mysql` client would.

Workbook.sql("SHOW DATABASES");

// You see only the databases your user has rights on: the workbook's application user may use its own database, nothing else.
// (The seed's note says `show databases;` shows the tables; it lists databases, and `SHOW TABLES` below lists the tables of the current one.)
//
// The seed writes `show database();` to see the current database. That is not MySQL: the statement is `SELECT DATABASE()`.

Workbook.sql("SELECT DATABASE()");

Workbook.sql("SHOW TABLES");

// ## `CREATE DATABASE` with `utf8mb4`
//
// Creating databases needs more rights than the application user has. The embedded and Docker servers have an
// administrative account, and the workbook hands it out for exercises like this one: `Workbook.adminDataSource()` gives
// connections as that account, and `Workbook.sql(admin, ...)` runs statements on them. (On your own server, set
// `admin.user` and `admin.password`, or run the statements in the `mysql` client as a user allowed to create databases;
// without an administrative account the cell stops with an error that says so.)

DataSource admin = Workbook.adminDataSource();

Workbook.sql(admin, "DROP DATABASE IF EXISTS workbook_ch01");
Workbook.sql(admin, "CREATE DATABASE workbook_ch01 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
Workbook.sql(admin, "SHOW CREATE DATABASE workbook_ch01");

// The seed wrote `create database test1 character set utf8 collate utf8_unicode_ci`. In MySQL and MariaDB `utf8` is
// an old alias for **`utf8mb3`**: at most 3 bytes per character, so it cannot store emoji or many CJK characters.
// Always write `utf8mb4`. The collation decides how text compares and sorts: `utf8mb4_unicode_ci` is case-insensitive
// and follows Unicode rules. MySQL 8's default is `utf8mb4_0900_ai_ci`, which older MariaDB releases do not know
// (MariaDB added it as an alias only recently), so the workbook uses `utf8mb4_unicode_ci`: every MySQL and MariaDB version has it,
// and a dump made on one server loads on the other.
//
// `USE` picks the current database for the rest of a session. In JDBC the database is part of the URL; to switch on an open
// connection, `USE` works, and `setCatalog` is the driver's way:

try (Connection c = admin.getConnection(); Statement st = c.createStatement()) {
    st.execute("USE workbook_ch01");
    try (ResultSet rs = st.executeQuery("SELECT DATABASE()")) {
        rs.next();
        System.out.println("after USE: " + rs.getString(1));
    }
    c.setCatalog("information_schema");
    System.out.println("after setCatalog: " + c.getCatalog());
}

// ## What `utf8` (utf8mb3) does to an emoji
//
// Two tables in the workbook database, one per character set:

Workbook.sql("""
        DROP TABLE IF EXISTS greeting, greeting_utf8mb3;
        CREATE TABLE greeting (text VARCHAR(50)) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE TABLE greeting_utf8mb3 (text VARCHAR(50)) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci;
        """);
Workbook.sql("INSERT INTO greeting VALUES ('Olá, Привет, 你好 👋')");
Workbook.sql("SELECT text, CHAR_LENGTH(text) AS characters, LENGTH(text) AS bytes FROM greeting");

// The waving hand takes 4 bytes. The 3-byte table refuses it (in strict mode, the default; older servers silently stored `?`):

// This cell fails on purpose (expected: SQL error 1366); jshell prints the error and goes on.
Workbook.sql("INSERT INTO greeting_utf8mb3 VALUES ('Olá 👋')");

// The error: `Incorrect string value: '\xF0\x9F\x91\x8B' for column ... `. Read more:
// [troubleshooting/1366-incorrect-string-value.md](../troubleshooting/1366-incorrect-string-value.md).
//
// ```mermaid
// erDiagram
//     greeting {
//         varchar text "50, utf8mb4"
//     }
//     greeting_utf8mb3 {
//         varchar text "50, utf8mb3: no emoji"
//     }
// ```

// ## Common mistakes
//
// **`show database();`** The seed's command is not valid SQL; the server answers with a syntax error (1064), as it does for
// the seed's typo `show tabels;`:

// This cell fails on purpose (expected: SQL error 1064); jshell prints the error and goes on.
Workbook.sql("show database()");

// **Wrong password or unknown database.** These happen before any SQL runs, when connecting: `Access denied for user ...
// (using password: YES)` is error 1045, `Unknown database '...'` is 1049. Run `./workbook doctor`; it names the cause.
// Pages: [1045](../troubleshooting/1045-access-denied.md), [1049](../troubleshooting/1049-unknown-database.md),
// and for the seed's socket error `ERROR 2002 (HY000): Can't connect to local MySQL server through socket '...' (13)`,
// [2002-socket-permission](../troubleshooting/2002-socket-permission.md). Do not follow the seed's `mkfifo` fix: the socket
// is created by the server when it starts, never by hand.

// ## Exercise
//
// The seed's `menagerie` database has a `pet` table. Create it in real UTF-8: columns `name VARCHAR(20)` (the primary key),
// `owner VARCHAR(20)`, `species VARCHAR(20)` and `birth DATE`, with `DEFAULT CHARSET utf8mb4 COLLATE utf8mb4_unicode_ci`.
// Insert two pets of Harold's: `Fluffy 🐱`, a cat born 1993-02-04, and `Buffy`, a dog born 1989-05-13. Then compare
// `CHAR_LENGTH(name)` and `LENGTH(name)`: how many bytes does the emoji take, and what would `utf8` (utf8mb3) have stored?
//
// Write your code in the cell below, where it says `// TODO:`, run it, then run the check cell after it. The check runs your
// code on a throwaway database and prints ✓ or ✗ for each check, with a hint when one fails; your workbook database is not
// touched. In a terminal the same exercise is `notebooks/exercises/01-pet-table.jsh`, checked with `./workbook check 01-pet-table`
// (hints: `./workbook exercises hint 01-pet-table`).

// The exercise's cells are in notebooks/exercises/01-pet-table.jsh; check it with: ./workbook check 01-pet-table

/exit
