package dev.workbook.doctor.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.ServerVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The protocol v10 greeting parser, on packets captured from real servers and built to the protocol's layout. */
@DisplayName("reading a server's greeting without credentials")
class GreetingTest {

    /** Captured from MariaDB 11.4.5 started with --skip-ssl. */
    private static final byte[] MARIADB_11 = bytes("52000000 0a 31312e342e352d4d617269614442 00 0b000000 3c5161754a4e2c2d 00"
            + " fef7 e0 0200 ff81 15 000000000000 1d000000 3e2f716d512b236d7c493774 00 6d7973716c5f6e61746976655f70617373776f726400");
    /** Captured: MariaDB refusing 127.0.0.1 before the handshake (skip-name-resolve, no matching account). */
    private static final byte[] HOST_REFUSED = ("D\0\0\0\u00ffj\u0004Host '127.0.0.1' is not allowed to connect to this MariaDB server")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    @DisplayName("MariaDB 11.4: version, family, default plugin, no TLS")
    void mariaDb() throws IOException {
        Greeting g = Handshake.read(new ByteArrayInputStream(MARIADB_11));
        assertThat(g.kind()).isEqualTo(Greeting.Kind.HANDSHAKE);
        assertThat(g.version().label()).isEqualTo("MariaDB 11.4.5");
        assertThat(g.version().line()).isEqualTo(ServerVersion.Line.MARIADB_11);
        assertThat(g.authPlugin()).isEqualTo("mysql_native_password");
        assertThat(g.tls()).isFalse();
    }

    @Test
    @DisplayName("MySQL 8.4 with TLS and caching_sha2_password, laid out as the protocol documents")
    void mySql84() throws IOException {
        byte[] payload = payload("8.4.7", 0xffff | 0x0800, 0xdfff, "caching_sha2_password");
        Greeting g = Handshake.read(new ByteArrayInputStream(packet(payload)));
        assertThat(g.version().label()).isEqualTo("MySQL 8.4.7");
        assertThat(g.version().line()).isEqualTo(ServerVersion.Line.MYSQL_84);
        assertThat(g.authPlugin()).isEqualTo("caching_sha2_password");
        assertThat(g.tls()).isTrue();
    }

    @Test
    @DisplayName("error packet 1130 instead of a handshake")
    void errorPacket() throws IOException {
        Greeting g = Handshake.read(new ByteArrayInputStream(HOST_REFUSED));
        assertThat(g.kind()).isEqualTo(Greeting.Kind.ERROR);
        assertThat(g.errorCode()).isEqualTo(1130);
        assertThat(g.text()).isEqualTo("Host '127.0.0.1' is not allowed to connect to this MariaDB server");
    }

    @Test
    @DisplayName("versions: MariaDB's 5.5.5- prefix, MySQL lines, hints typed by users")
    void versions() {
        assertThat(ServerVersion.parse("5.5.5-10.11.6-MariaDB-0+deb12u1").label()).isEqualTo("MariaDB 10.11.6");
        assertThat(ServerVersion.parse("8.0.36-0ubuntu0.22.04.1").line()).isEqualTo(ServerVersion.Line.MYSQL_80);
        assertThat(ServerVersion.parse("9.1.0").line()).isEqualTo(ServerVersion.Line.MYSQL_9);
        assertThat(ServerVersion.hint("8.4").line()).isEqualTo(ServerVersion.Line.MYSQL_84);
        assertThat(ServerVersion.hint("mariadb 11.4").line()).isEqualTo(ServerVersion.Line.MARIADB_11);
        assertThat(ServerVersion.hint("10.11").isMariaDb()).as("10.x and 11.x can only be MariaDB").isTrue();
    }

    @Test
    @DisplayName("bytes from another protocol are reported as such")
    void notMySql() throws IOException {
        Greeting g = Handshake.read(new ByteArrayInputStream("SSH-2.0-OpenSSH_9.2p1\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertThat(g.kind()).isEqualTo(Greeting.Kind.NOT_MYSQL);
        assertThat(g.text()).contains("SSH-2.0-OpenSSH_9.2p1");
    }

    private static byte[] payload(String version, int capsLow, int capsHigh, String plugin) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(0x0a);
        b.writeBytes(version.getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        b.writeBytes(new byte[] {1, 0, 0, 0});
        b.writeBytes("abcdefgh".getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        b.write(capsLow & 0xff);
        b.write(capsLow >> 8 & 0xff);
        b.write(0xff); // character set
        b.writeBytes(new byte[] {2, 0}); // status
        b.write(capsHigh & 0xff);
        b.write(capsHigh >> 8 & 0xff);
        b.write(21);
        b.writeBytes(new byte[10]);
        b.writeBytes("ijklmnopqrst\0".getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(plugin.getBytes(StandardCharsets.US_ASCII));
        b.write(0);
        return b.toByteArray();
    }

    private static byte[] packet(byte[] payload) {
        byte[] p = new byte[payload.length + 4];
        p[0] = (byte) payload.length;
        p[1] = (byte) (payload.length >> 8);
        System.arraycopy(payload, 0, p, 4, payload.length);
        return p;
    }

    private static byte[] bytes(String hex) {
        String h = hex.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
