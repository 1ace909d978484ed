package dev.workbook.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the OS user this JVM runs as. */
public final class CurrentUser {
    private CurrentUser() {
    }

    /** True for uid 0: read from /proc on Linux, from the user name elsewhere. */
    public static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
