package dev.workbook.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

final class PortCheck {
    private PortCheck() {
    }

    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
