package dev.workbook.doctor.probes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What systemd says about the usual server units (mysql, mariadb, mysqld), on machines that run systemd. A
 * "failed" unit means the server stopped itself at start-up: its journal says why. Elsewhere (containers, WSL,
 * macOS, Windows) the process list is the answer and this says nothing.
 */
public final class ServiceState {
    static final List<String> UNITS = List.of("mysql", "mariadb", "mysqld");

    private ServiceState() {
    }

    /** Unit name to state (active, inactive, failed, activating); empty without systemd or on timeout. */
    public static Map<String, String> query(int timeoutMillis) {
        if (!Files.isDirectory(Path.of("/run/systemd/system"))) {
            return Map.of();
        }
        try {
            Process p = new ProcessBuilder(cmd()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Map.of();
            }
            return parse(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static List<String> cmd() {
        List<String> c = new java.util.ArrayList<>(List.of("systemctl", "is-active"));
        c.addAll(UNITS);
        return c;
    }

    /** `systemctl is-active a b c` prints one state per unit, in order; units that do not exist say inactive. */
    static Map<String, String> parse(String output) {
        Map<String, String> states = new LinkedHashMap<>();
        String[] lines = output.strip().split("\\R");
        for (int i = 0; i < Math.min(lines.length, UNITS.size()); i++) {
            states.put(UNITS.get(i), lines[i].strip());
        }
        return states;
    }
}
