package dev.workbook.config;

import dev.workbook.errors.WorkbookException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions pinned in pom.xml, read from the filtered resource so they are kept in exactly one place. */
public final class Versions {
    private static final Properties PROPS = load();

    private Versions() {
    }

    public static String embeddedMariaDb() {
        return get("mariadb.embedded.version");
    }

    public static String dockerMysqlImage() {
        return get("docker.mysql.image");
    }

    public static String dockerLocalImage() {
        return get("docker.local.image");
    }

    public static String get(String key) {
        String v = PROPS.getProperty(key);
        if (v == null || v.startsWith("${")) {
            throw WorkbookException.internal("version not pinned in pom.xml").value(key)
                    .next("rebuild with ./mvnw package").build();
        }
        return v;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/workbook-versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
