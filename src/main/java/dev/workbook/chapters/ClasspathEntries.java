package dev.workbook.chapters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The class path JShell's compiler needs to see the workbook's classes: java.class.path, with the
 * Class-Path of jar manifests followed (workbook.jar lists target/lib; Surefire starts tests from a
 * manifest-only jar).
 */
public final class ClasspathEntries {
    private ClasspathEntries() {
    }

    /** Every entry of this JVM's class path, absolute, with jar manifests' Class-Path entries after their jar. */
    public static Set<String> current() {
        Set<String> out = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!e.isBlank()) {
                add(Path.of(e).toAbsolutePath().normalize(), out);
            }
        }
        return out;
    }

    private static void add(Path p, Set<String> out) {
        if (!Files.exists(p) || !out.add(p.toString())) {
            return;
        }
        if (!p.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(p.toFile())) {
            Manifest m = jar.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                return;
            }
            for (String rel : cp.trim().split("\\s+")) {
                if (rel.isEmpty()) {
                    continue;
                }
                Path next = rel.startsWith("file:") ? Path.of(java.net.URI.create(rel)) : p.getParent().resolve(rel);
                add(next.toAbsolutePath().normalize(), out);
            }
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable jar adds nothing more; javac reports what is then missing.
        }
    }
}
