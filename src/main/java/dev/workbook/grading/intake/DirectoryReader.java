package dev.workbook.grading.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a submission that is a plain directory or a git working tree (its .git directory is skipped). Symbolic links
 * are refused, never followed, so a link to the checks or to another submission brings nothing in.
 */
final class DirectoryReader {
    private DirectoryReader() {
    }

    static Collected read(Path dir, IntakeLimits limits, EntryRules rules) {
        Collected c = new Collected(limits, rules);
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return d.getFileName() != null && d.getFileName().toString().equals(".git") && !d.equals(dir)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    String path = dir.relativize(f).toString().replace('\\', '/');
                    if (!c.countEntry()) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (Files.isSymbolicLink(f) || attrs.isSymbolicLink()) {
                        c.refuse(path, "a symbolic link (it could point at files outside the submission)");
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isRegularFile()) {
                        c.refuse(path, "not a regular file");
                        return FileVisitResult.CONTINUE;
                    }
                    try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                        return c.offer(path, -1, in) ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                    }
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    c.refuse(dir.relativize(f).toString(), "unreadable: " + e.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            c.reject("the folder could not be read: " + e.getMessage());
        }
        return c;
    }
}
