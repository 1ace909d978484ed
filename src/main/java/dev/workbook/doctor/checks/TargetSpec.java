package dev.workbook.doctor.checks;

/**
 * The server the workbook is configured to use (or that flags name): where it is and whom to log in as. The
 * password is only ever handed to the driver and masked in every report.
 */
public record TargetSpec(String label, String host, int port, String user, String password, String database) {

    public boolean isLocal() {
        return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("::1");
    }

    public String address() {
        return host + ":" + port;
    }

    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
