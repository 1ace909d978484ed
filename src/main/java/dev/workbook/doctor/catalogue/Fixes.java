package dev.workbook.doctor.catalogue;

import dev.workbook.errors.KnownError;
import java.nio.file.Path;
import java.util.List;

/** The exact fix for a condition on this server line and platform. Account fixes are in {@link AccountFixes}. */
public final class Fixes {
    private Fixes() {
    }

    /** The fix; socket conditions name the platform's usual socket. */
    public static String of(KnownError c, FixContext x) {
        List<Path> usual = x.platform().usualSockets();
        return of(c, x, usual.isEmpty() ? Path.of("/tmp/mysql.sock") : usual.get(0));
    }

    /** The fix, naming this socket and its directory where the fix touches them. */
    public static String of(KnownError c, FixContext x, Path socket) {
        Path dir = socket.toAbsolutePath().getParent();
        return text(c, x).replace("{socket}", socket.toString()).replace("{dir}", String.valueOf(dir));
    }

    private static String text(KnownError c, FixContext x) {
        return switch (c) {
            case SERVER_NOT_INSTALLED -> "install one: " + x.platform().installCommand();
            case SERVER_NOT_RUNNING -> "start it: " + x.platform().startCommand(x.version()) + "; if it stops again, read its "
                    + "error log: " + errorLog(x);
            case SOCKET_MISSING -> "the server is not running or listens on another socket. Start it: "
                    + x.platform().startCommand(x.version()) + ". If it runs, compare its socket (" + x.admin()
                    + " -e \"SELECT @@socket\") with the client's [client] socket= in ~/.my.cnf. Java is not affected: it "
                    + "always connects over TCP";
            case SOCKET_DIR_MISSING -> "create the directory for the server, then start it: sudo install -d -o mysql -g mysql "
                    + "-m 755 {dir} && " + x.platform().startCommand(x.version()) + ". Do not mkfifo the socket: the server "
                    + "creates it. If {dir} vanishes at every reboot: echo 'd {dir} 0755 mysql mysql -' | sudo tee "
                    + "/etc/tmpfiles.d/mysqld.conf";
            case SOCKET_PERMISSION -> "let clients through the socket's directory: sudo chown mysql:mysql {dir} && sudo chmod 755 "
                    + "{dir}. If it still says (13), look for AppArmor denials: sudo dmesg | grep -i 'apparmor.*mysqld'";
            case SOCKET_STALE -> "no server listens on it. Start the server: " + x.platform().startCommand(x.version())
                    + ". If the server runs elsewhere and the file is left over, remove it while the server is stopped: "
                    + "sudo rm {socket}";
            case SOCKET_NOT_A_SOCKET -> "remove it (sudo rm {socket}) and restart the server, which creates a real socket: "
                    + x.platform().startCommand(x.version()) + ". mkfifo makes a pipe, not a socket";
            case TCP_REFUSED -> "start the server (" + x.platform().startCommand(x.version()) + "). If it runs, ask it where it "
                    + "listens: " + x.admin() + " -e \"SELECT @@port, @@bind_address, @@skip_networking\" and set db.port "
                    + "in " + x.configFile() + " to that port";
            case TCP_UNREACHABLE -> "check db.host/db.port in " + x.configFile() + " (" + x.host() + ":" + x.port() + "); for a "
                    + "server on this machine use 127.0.0.1; for a remote one check its bind_address and firewall";
            case SKIP_NETWORKING -> "remove skip-networking (or skip_networking=1) from " + optionFile(x) + " and restart: "
                    + restart(x) + ". Keep bind-address=127.0.0.1 so only this machine can connect";
            case PORT_IN_USE -> "find the program: " + portOwner(x) + ". Stop it if it is a leftover (another MySQL, XAMPP, a "
                    + "Docker container: docker ps), or move one of them: [mysqld] port=3307 in " + optionFile(x)
                    + " and db.port=3307 in " + x.configFile();
            case PORT_SILENT -> "something accepted the connection but sent no MySQL greeting within the time limit: a hung "
                    + "server (read " + errorLog(x) + ", then restart: " + restart(x) + "), a tunnel or proxy with nothing "
                    + "behind it, or another program. Find it: " + portOwner(x);
            case TIME_ZONE -> "upgrade Connector/J (the workbook pins " + dev.workbook.config.Versions.get("connectorj.version")
                    + "; 8.0.23+ uses the JVM's zone), or name an IANA zone in the URL: connectionTimeZone=Europe/Berlin. "
                    + "serverTimezone=UTC was only needed up to 8.0.22";
            case TLS_HANDSHAKE -> "the server offers only TLS 1.0/1.1, which current JDKs disable. Upgrade the server (MySQL "
                    + "8.0.28+/MariaDB 10.x with OpenSSL 1.1 speak TLS 1.2/1.3) or the driver, and set tlsVersions=TLSv1.2,"
                    + "TLSv1.3. On a local server only: sslMode=DISABLED (caching_sha2_password then needs its RSA key)";
            case SSL_REQUIRED -> "the server offers no TLS (started with --skip-ssl, or no certificate). Enable it on the server "
                    + "(MySQL 8.0+ and MariaDB 11.4+ generate a certificate at start), or for a server on this machine use "
                    + "sslMode=PREFERRED";
            case LOWER_CASE_TABLE_NAMES -> x.version().isMySql() || !x.version().known()
                    ? "MySQL 8.0+ accepts lower_case_table_names only when the data directory is initialised: put back the "
                    + "value it was created with, or dump, re-initialise with --lower-case-table-names=1 and restore"
                    : "MariaDB: set the value the tables were created with again in " + optionFile(x) + "; changing it later "
                    + "makes mixed-case tables unreachable until renamed";
            case CONFIG_FILE -> "correct the line named above (workbook config shows each setting and its source), or move "
                    + "the file away and rerun the setup script";
            case PROVIDER -> "set what is missing in " + x.configFile() + " or the environment (workbook config lists the "
                    + "keys); setup/debian.sh and setup/macos.sh write them for you";
            case EMBEDDED_SERVER -> "start it: workbook db start (it keeps running for every notebook and test)";
            default -> AccountFixes.of(c, x);
        };
    }

    static String restart(FixContext x) {
        String svc = x.version().serviceName();
        return switch (x.platform()) {
            case DEBIAN, OTHER_UNIX -> "sudo systemctl restart " + svc + " (or: sudo service " + svc + " restart)";
            case MACOS -> "brew services restart " + (x.version().isMariaDb() ? "mariadb" : "mysql");
            case WINDOWS -> "net stop MySQL84 && net start MySQL84 (as Administrator)";
        };
    }

    public static String optionFile(FixContext x) {
        return switch (x.platform()) {
            case DEBIAN, OTHER_UNIX -> x.version().isMariaDb() ? "/etc/mysql/mariadb.conf.d/50-server.cnf"
                    : "/etc/mysql/mysql.conf.d/mysqld.cnf (Ubuntu) or /etc/my.cnf";
            case MACOS -> "$(brew --prefix)/etc/my.cnf";
            case WINDOWS -> "C:\\ProgramData\\MySQL\\MySQL Server 8.4\\my.ini";
        };
    }

    static String errorLog(FixContext x) {
        return switch (x.platform()) {
            case DEBIAN, OTHER_UNIX -> "sudo journalctl -u " + x.version().serviceName() + " -n 50, or /var/log/mysql/error.log";
            case MACOS -> "$(brew --prefix)/var/mysql/$(hostname).err";
            case WINDOWS -> "C:\\ProgramData\\MySQL\\MySQL Server 8.4\\Data\\<computer name>.err";
        };
    }

    static String portOwner(FixContext x) {
        int p = x.port();
        return switch (x.platform()) {
            case DEBIAN, OTHER_UNIX -> "sudo ss -ltnp 'sport = :" + p + "'";
            case MACOS -> "lsof -nP -iTCP:" + p + " -sTCP:LISTEN";
            case WINDOWS -> "netstat -ano | findstr :" + p;
        };
    }
}
