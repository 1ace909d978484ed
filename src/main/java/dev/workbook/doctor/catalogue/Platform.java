package dev.workbook.doctor.catalogue;

import dev.workbook.db.ServerVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The operating system family whose commands the fixes use: apt and systemd, Homebrew, or Windows services. */
public enum Platform {
    DEBIAN, MACOS, WINDOWS, OTHER_UNIX;

    public static Platform current() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        if (os.contains("mac")) {
            return MACOS;
        }
        return Files.exists(Path.of("/etc/debian_version")) ? DEBIAN : OTHER_UNIX;
    }

    /** Socket files where the usual packages put them: Debian/Ubuntu, Homebrew and tarballs, RHEL-style. */
    public List<Path> usualSockets() {
        return switch (this) {
            case DEBIAN -> List.of(Path.of("/run/mysqld/mysqld.sock"), Path.of("/tmp/mysql.sock"));
            case MACOS -> List.of(Path.of("/tmp/mysql.sock"));
            case WINDOWS -> List.of();
            case OTHER_UNIX -> List.of(Path.of("/var/lib/mysql/mysql.sock"), Path.of("/run/mysqld/mysqld.sock"),
                    Path.of("/tmp/mysql.sock"));
        };
    }

    /** Option files a server reads at start-up, where a removed option stops it. */
    public List<Path> usualOptionFiles() {
        return switch (this) {
            case DEBIAN, OTHER_UNIX -> List.of(Path.of("/etc/my.cnf"), Path.of("/etc/mysql/my.cnf"),
                    Path.of("/etc/mysql/mysql.conf.d/mysqld.cnf"), Path.of("/etc/mysql/mariadb.conf.d/50-server.cnf"),
                    Path.of("/etc/mysql/conf.d"), Path.of("/etc/mysql/mysql.conf.d"));
            case MACOS -> List.of(Path.of("/etc/my.cnf"), Path.of("/opt/homebrew/etc/my.cnf"), Path.of("/usr/local/etc/my.cnf"));
            case WINDOWS -> List.of(Path.of("C:\\ProgramData\\MySQL\\MySQL Server 8.4\\my.ini"),
                    Path.of("C:\\ProgramData\\MySQL\\MySQL Server 8.0\\my.ini"));
        };
    }

    /** Where server binaries live when a package installed them. */
    public List<Path> usualServerBinaries() {
        return switch (this) {
            case DEBIAN, OTHER_UNIX -> List.of(Path.of("/usr/sbin/mysqld"), Path.of("/usr/sbin/mariadbd"),
                    Path.of("/usr/local/mysql/bin/mysqld"));
            case MACOS -> List.of(Path.of("/opt/homebrew/bin/mysqld"), Path.of("/usr/local/bin/mysqld"),
                    Path.of("/opt/homebrew/bin/mariadbd"), Path.of("/usr/local/bin/mariadbd"), Path.of("/usr/local/mysql/bin/mysqld"));
            case WINDOWS -> List.of(Path.of("C:\\Program Files\\MySQL\\MySQL Server 8.4\\bin\\mysqld.exe"),
                    Path.of("C:\\Program Files\\MySQL\\MySQL Server 8.0\\bin\\mysqld.exe"),
                    Path.of("C:\\Program Files\\MySQL\\MySQL Server 9.1\\bin\\mysqld.exe"));
        };
    }

    /** How to start the server of this family here. */
    public String startCommand(ServerVersion v) {
        String svc = v.serviceName();
        return switch (this) {
            case DEBIAN, OTHER_UNIX -> "sudo systemctl start " + svc + "   (no systemd, e.g. WSL or a container: sudo service "
                    + svc + " start)";
            case MACOS -> v.isMariaDb() ? "brew services start mariadb"
                    : "brew services start " + (v.line() == ServerVersion.Line.MYSQL_84 ? "mysql@8.4" : "mysql");
            case WINDOWS -> v.isMariaDb() ? "net start MariaDB   (as Administrator)"
                    : "net start MySQL84   (as Administrator; the service name is in services.msc, e.g. MySQL80)";
        };
    }

    /** How to install a server here when none is installed. */
    public String installCommand() {
        return switch (this) {
            case DEBIAN -> "setup/debian.sh --yes   (apt: MySQL on Ubuntu, MariaDB on Debian), or use the embedded server "
                    + "(provider=embedded, the default; no install)";
            case MACOS -> "setup/macos.sh --yes   (Homebrew), or use the embedded server (provider=embedded, the default)";
            case WINDOWS -> "see setup/windows.md (winget install Oracle.MySQL), or use provider=docker";
            case OTHER_UNIX -> "install MySQL 8.4 or MariaDB 11 with your package manager, or use the embedded server "
                    + "(provider=embedded, the default)";
        };
    }

    /** How to run SQL as the server's administrator here. */
    public String adminClient(ServerVersion v) {
        return switch (this) {
            case DEBIAN, OTHER_UNIX -> "sudo " + v.client();
            case MACOS -> v.isMariaDb() ? "mariadb" : "mysql -uroot";
            case WINDOWS -> "mysql -uroot -p";
        };
    }
}
