package dev.workbook.platform;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The terminal in "raw" mode for single-key commands (no Enter, no echo), through {@code stty} on /dev/tty, and back to
 * how it was on close (also on exit). Only where stty and /dev/tty exist (Linux, macOS, WSL); elsewhere callers use lines.
 * A library such as JLine would do the same and more; single keys and a screen clear are all `workbook watch` needs.
 */
public final class RawTerminal implements AutoCloseable {
    private static final File TTY = new File("/dev/tty");
    private final String saved;
    private final Thread restoreOnExit;

    private RawTerminal(String saved) {
        this.saved = saved;
        this.restoreOnExit = new Thread(this::restore, "workbook-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restoreOnExit);
    }

    /** Raw mode, or empty where it cannot be had (no /dev/tty, no stty, not a terminal). */
    public static Optional<RawTerminal> enter() {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        try {
            String saved = stty("-g").strip();
            if (saved.isEmpty()) {
                return Optional.empty();
            }
            stty("-icanon", "-echo", "min", "1");
            return Optional.of(new RawTerminal(saved));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String stty(String... args) throws IOException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "stty";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectInput(TTY).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void restore() {
        try {
            stty(saved);
        } catch (IOException e) {
            System.err.println("warning: could not restore the terminal; run: stty sane");
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreOnExit);
        } catch (IllegalStateException e) {
            // exiting already: the hook restores it
        }
    }
}
