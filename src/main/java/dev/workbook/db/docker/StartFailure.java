package dev.workbook.db.docker;

/** Why the keeper could not start the container, in words for the user (the full trace goes to keeper.log). */
record StartFailure(String what, String next) {

    static StartFailure of(Throwable e, String image) {
        String all = chain(e);
        if (all.toLowerCase(java.util.Locale.ROOT).contains("ryuk")) {
            return new StartFailure("Testcontainers could not start Ryuk, its clean-up container (testcontainers/ryuk)",
                    "where its image cannot be pulled set docker.ryuk=false (WORKBOOK_DOCKER_RYUK=false), "
                    + "or mirror Docker Hub with TESTCONTAINERS_HUB_IMAGE_NAME_PREFIX");
        }
        if (all.contains("compatible substitute")) {
            return new StartFailure("the image is not declared compatible with mysql: " + image,
                    "set docker.compatible=true, or use an official mysql image");
        }
        if (all.contains("cannot be accessed by (JDBC URL") || all.contains("Timed out")) {
            return new StartFailure("the container started but its server did not accept the workbook's login in time ("
                    + image + ")", "read the server's log in keeper.log; the image must honour MYSQL_ROOT_PASSWORD, "
                    + "MYSQL_DATABASE, MYSQL_USER and MYSQL_PASSWORD like the official mysql image");
        }
        return new StartFailure("the server container did not start (" + image + "): " + DockerEngine.firstLine(root(e)), null);
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
