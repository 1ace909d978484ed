package dev.workbook.platform;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * TCP ports on 127.0.0.1, the only address the workbook's own servers (embedded MariaDB, Jupyter) listen on. "Free"
 * means this process could bind it just now; another program may still take it before the server does, which the
 * servers report when they start.
 */
public final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /** Whether nothing listens on this loopback port (binding it succeeds). */
    public static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port the system considers free now, from its ephemeral range. */
    public static int anyFree() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw WorkbookException.notReady("no free TCP port on 127.0.0.1").cause(e)
                    .next("close programs that hold many connections, or pass a port explicitly").build();
        }
    }
}
