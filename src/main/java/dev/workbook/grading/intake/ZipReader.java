package dev.workbook.grading.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a submitted zip without ever writing an entry where its name says: names are checked first (no absolute paths,
 * no "..", no symbolic links), and only accepted entries are kept, in memory, within the limits. Nothing is extracted
 * by the zip's own paths.
 */
final class ZipReader {
    private ZipReader() {
    }

    static Collected read(Path zip, IntakeLimits limits, EntryRules rules) {
        Collected c = new Collected(limits, rules);
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            Set<String> seen = new HashSet<>();
            for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                if (!c.countEntry()) {
                    break;
                }
                String name = e.getName();
                String unsafe = EntryRules.unsafe(name);
                if (unsafe != null) {
                    c.refuse(name, unsafe);
                    continue;
                }
                String path = name.replace('\\', '/');
                if (e.isUnixSymlink()) {
                    c.refuse(path, "a symbolic link (it could point at files outside the submission)");
                    continue;
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (!seen.add(path)) {
                    c.refuse(path, "the same path appears twice in the zip");
                    continue;
                }
                if (!z.canReadEntryData(e)) {
                    c.refuse(path, "packed with a method or encryption this reader does not support");
                    continue;
                }
                long declared = e.getSize();
                long packed = e.getCompressedSize();
                if (declared > Collected.RATIO_FLOOR && packed > 0 && declared / packed > limits.maxRatio()
                        || declared > limits.maxTotalBytes()) {
                    c.reject("zip bomb: " + path + " says it inflates from " + packed + " to " + declared + " bytes");
                    break;
                }
                try (InputStream in = z.getInputStream(e)) {
                    if (!c.offer(path, e.getCompressedSize(), in)) {
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            c.reject("not a readable zip file: " + e.getMessage());
        }
        return c;
    }
}
