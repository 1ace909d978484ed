import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes N class submissions for bench/grading.sh, as `workbook submit` packs them: every exercise, per exercise
 * (seeded, so every run makes the same class) 55% the reference solution, 15% partly solved (the first part only),
 * 10% a compile error in the first part, 20% the untouched stub. Usage:
 *   java bench/GenerateSubmissions.java N OUT_DIR PROJECT_DIR
 * Only the JDK: it reads the stubs (notebooks/exercises) and references (src/test/resources/exercises/reference) by their
 * ">>> your solution, part N of M" / "<<< end of part N" markers.
 */
public class GenerateSubmissions {
    static final Pattern PART = Pattern.compile("(?m)^// >>> your solution, part (\\d+) of \\d+.*\\n([\\s\\S]*?)^// <<< end of part \\1\\s*$");

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path project = Path.of(args[2]);
        Files.createDirectories(out);
        List<Path> stubs;
        try (Stream<Path> s = Files.list(project.resolve("notebooks/exercises"))) {
            stubs = s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        for (int i = 1; i <= n; i++) {
            Random r = new Random(i);
            String student = String.format("student-%03d", i);
            List<String[]> files = new ArrayList<>();
            for (Path stub : stubs) {
                String id = stub.getFileName().toString().replace(".jsh", "");
                String stubText = Files.readString(stub);
                String ref = Files.readString(project.resolve("src/test/resources/exercises/reference/" + id + ".jsh"));
                double d = r.nextDouble();
                String text = d < 0.55 ? ref : d < 0.70 ? firstPartOnly(stubText, ref) : d < 0.80 ? compileError(ref) : stubText;
                files.add(new String[] {"exercises/" + id + ".jsh", text});
            }
            write(out.resolve(student + ".zip"), student, files);
        }
        System.out.println("wrote " + n + " submissions to " + out);
    }

    /** The stub with only part 1 taken from the reference. */
    static String firstPartOnly(String stub, String ref) {
        Matcher m = PART.matcher(ref);
        if (!m.find()) {
            return stub;
        }
        String part1 = m.group(2);
        Matcher s = PART.matcher(stub);
        return s.find() ? stub.substring(0, s.start(2)) + part1 + stub.substring(s.end(2)) : stub;
    }

    /** The reference with a statement javac rejects at the top of part 1. */
    static String compileError(String ref) {
        Matcher m = PART.matcher(ref);
        return m.find() ? ref.substring(0, m.start(2)) + "int broken = ;\n" + ref.substring(m.start(2)) : ref;
    }

    static void write(Path zip, String student, List<String[]> files) throws Exception {
        StringBuilder manifest = new StringBuilder("{\n \"format\": 1,\n \"kind\": \"workbook-submission\",\n \"student\": \"" + student
                + "\",\n \"workbook_version\": \"bench\",\n \"created\": \"2026-01-01T00:00:00Z\",\n \"files\": [");
        for (int k = 0; k < files.size(); k++) {
            byte[] b = files.get(k)[1].getBytes(StandardCharsets.UTF_8);
            manifest.append(k == 0 ? "\n" : ",\n").append("  {\"path\": \"").append(files.get(k)[0]).append("\", \"sha256\": \"")
                    .append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b))).append("\", \"bytes\": ")
                    .append(b.length).append('}');
        }
        manifest.append("\n ]\n}\n");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            put(z, "workbook-submission.json", manifest.toString());
            for (String[] f : files) {
                put(z, f[0], f[1]);
            }
        }
    }

    static void put(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
