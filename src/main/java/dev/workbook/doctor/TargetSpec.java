package dev.workbook.doctor;

/**
 * The server the workbook is configured to use (or that flags name): where it is and whom to log in as. The
 * password is only ever handed to the driver and masked in every report.
 */
record TargetSpec(String label, String host, int port, String user, String password, String database) {

    boolean isLocal() {
        return host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("::1");
    }

    String address() {
        return host + ":" + port;
    }

    String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
