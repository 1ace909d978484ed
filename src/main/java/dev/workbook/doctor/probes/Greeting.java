package dev.workbook.doctor.probes;

import dev.workbook.db.ServerVersion;
import java.nio.charset.StandardCharsets;

/**
 * What a server said first, before any credentials: a protocol v10 handshake (version, default
 * authentication plugin, TLS offered), an error packet sent instead (e.g. 1130), something that is not MySQL,
 * or nothing at all. See the MySQL protocol's "Protocol::HandshakeV10".
 */
public record Greeting(Kind kind, ServerVersion version, String authPlugin, boolean tls, int errorCode, String text) {
    public enum Kind { HANDSHAKE, ERROR, NOT_MYSQL, SILENT, REFUSED, UNREACHABLE, PERMISSION_DENIED, NO_SUCH_FILE }

    private static final int CLIENT_SSL = 0x0800;
    private static final int CLIENT_PLUGIN_AUTH = 0x0008_0000;

    static Greeting of(Kind kind, String text) {
        return new Greeting(kind, ServerVersion.UNKNOWN, null, false, 0, text);
    }

    /** Parses the first packet's payload ({@code firstBytes} is what arrived, for a preview when it is not MySQL). */
    static Greeting parse(byte[] payload) {
        if (payload.length == 0) {
            return of(Kind.NOT_MYSQL, "an empty packet");
        }
        int kind = payload[0] & 0xff;
        if (kind == 0xff && payload.length >= 3) {
            int code = (payload[1] & 0xff) | (payload[2] & 0xff) << 8;
            int start = 3;
            if (payload.length > 9 && payload[3] == '#') {
                start = 9; // '#' and a five-character SQLSTATE
            }
            String msg = new String(payload, start, payload.length - start, StandardCharsets.UTF_8);
            return new Greeting(Kind.ERROR, ServerVersion.UNKNOWN, null, false, code, msg);
        }
        if (kind != 0x0a) {
            return of(Kind.NOT_MYSQL, "protocol byte " + kind);
        }
        int p = 1;
        int end = indexOf(payload, p);
        if (end < 0) {
            return of(Kind.NOT_MYSQL, "no version string");
        }
        String version = new String(payload, p, end - p, StandardCharsets.UTF_8);
        p = end + 1 + 4 + 8 + 1; // connection id, auth-plugin-data part 1, filler
        if (p + 2 > payload.length) {
            return new Greeting(Kind.HANDSHAKE, ServerVersion.parse(version), null, false, 0, version);
        }
        int caps = u16(payload, p);
        p += 2;
        if (p + 5 <= payload.length) {
            caps |= u16(payload, p + 3) << 16; // after character set (1) and status flags (2)
        }
        p += 5;
        int authDataLen = p < payload.length ? payload[p] & 0xff : 0;
        p += 1 + 10; // length byte, reserved (MariaDB keeps its extended capabilities there)
        p += Math.max(13, authDataLen - 8);
        String plugin = null;
        if ((caps & CLIENT_PLUGIN_AUTH) != 0 && p < payload.length) {
            int pe = indexOf(payload, p);
            plugin = new String(payload, p, (pe < 0 ? payload.length : pe) - p, StandardCharsets.UTF_8);
        }
        return new Greeting(Kind.HANDSHAKE, ServerVersion.parse(version), plugin, (caps & CLIENT_SSL) != 0, 0, version);
    }

    /** A short printable preview of bytes that are not MySQL ("SSH-2.0-OpenSSH_9.2", "HTTP/1.1 400"). */
    static String preview(byte[] bytes, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(len, 40); i++) {
            int b = bytes[i] & 0xff;
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return sb.toString().strip();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
    }

    public String describe() {
        return switch (kind) {
            case HANDSHAKE -> version.label() + ", default auth plugin " + (authPlugin == null ? "unknown" : authPlugin)
                    + ", TLS " + (tls ? "offered" : "not offered");
            case ERROR -> "error " + errorCode + " before login: " + text;
            default -> text;
        };
    }
}
