package dev.workbook.sandbox;

import dev.workbook.db.DbTarget;
import dev.workbook.sandbox.db.RunDatabase;
import dev.workbook.testing.SharedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what the student JVM costs (not a test): JVM start to ready, the first run on a new JVM (database creation
 * overlapped, as the checker does it), a warm run on a reused JVM, and a run database's create + drop; for each
 * containment that works here, with and without the class-data-sharing archive. Medians of N. Run through
 * bench/sandbox.sh.
 */
public final class SandboxBench {
    static final String SCRIPT = String.join("\n",
            "import dev.workbook.Workbook;",
            "import jakarta.persistence.*;",
            "@Entity(name = \"Pet\") class Pet { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; String name;",
            "    Pet() { } Pet(String n) { name = n; } }",
            "Workbook.sql(\"CREATE TABLE Pet (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(40))\");",
            "var sf = Workbook.sessionFactory(Pet.class);",
            "sf.inTransaction(s -> { s.persist(new Pet(\"Rex\")); s.persist(new Pet(\"Tom\")); });",
            "long n = sf.fromSession(s -> s.createQuery(\"select count(p) from Pet p\", Long.class).getSingleResult());",
            "sf.close();");

    private SandboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        DbTarget base = SharedServer.target();
        System.out.printf(Locale.ROOT, "student JVM costs, medians of %d, %d cores, load %s; script: a Hibernate entity, a "
                + "SessionFactory, two inserts and a count%n", runs, Runtime.getRuntime().availableProcessors(), load());
        long t = System.nanoTime();
        Path archive = ClassDataArchive.ensure(SandboxFiles.cacheDir(), ChildClasspath.get(SandboxFiles.cacheDir()),
                Limits.defaults().heapMb());
        System.out.printf(Locale.ROOT, "class-data-sharing archive: %s (%s)%n", archive == null ? "none" : archive,
                ms(System.nanoTime() - t) + " ms to make or find");
        List<Containment> modes = new ArrayList<>(List.of(Containment.PROCESS));
        if (Bubblewrap.probe().works()) {
            modes.add(Containment.BUBBLEWRAP);
        } else {
            System.out.println("bubblewrap: " + Bubblewrap.probe().reason());
        }
        System.out.println();
        System.out.println("wall time (CPU time of the student JVM in brackets, less sensitive to a busy machine)");
        System.out.println("containment   archive   JVM start→ready   first run (new JVM)         warm run              run-db create+drop");
        for (Containment c : modes) {
            for (boolean cds : new boolean[] {true, false}) {
                System.setProperty("workbook.sandbox.cds", cds ? "on" : "off");
                measure(base, c, cds, runs);
            }
        }
        System.setProperty("workbook.sandbox.cds", "on");
        System.exit(0);
    }

    private static void measure(DbTarget base, Containment c, boolean cds, int runs) {
        List<Long> ready = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        List<Long> dbs = new ArrayList<>();
        List<Long> firstCpu = new ArrayList<>();
        List<Long> warmCpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            try (StudentJvm jvm = StudentJvm.start(Limits.defaults(), c)) {
                try (RunDatabase db = RunDatabase.create(base)) {
                    check(jvm.run(request(db)));
                }
                first.add(ms(System.nanoTime() - start));
                ready.add(((SandboxedJvm) jvm).lastReadyMillis());
                firstCpu.add(((SandboxedJvm) jvm).cpuMillis());
                for (int j = 0; j < 3; j++) {
                    long d0 = System.nanoTime();
                    RunDatabase db = RunDatabase.create(base);
                    long d1 = System.nanoTime();
                    long c1 = ((SandboxedJvm) jvm).cpuMillis();
                    check(jvm.run(request(db)));
                    long d2 = System.nanoTime();
                    warmCpu.add(((SandboxedJvm) jvm).cpuMillis() - c1);
                    db.close();
                    warm.add(ms(d2 - d1));
                    dbs.add(ms(d1 - d0) + ms(System.nanoTime() - d2));
                    sleep(300);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-13s %-9s %12d ms %12d ms (%5d ms) %8d ms (%5d ms) %14d ms%n",
                c.name().toLowerCase(Locale.ROOT), cds ? "yes" : "no", median(ready), median(first), median(firstCpu),
                median(warm), median(warmCpu), median(dbs));
    }

    private static RunRequest request(RunDatabase db) {
        return new RunRequest("bench", List.of(new Step("visible", List.of(new Piece("bench.jsh", 1, SCRIPT, true)),
                db.login())), Map.of());
    }

    private static void check(RunOutcome o) {
        if (!o.completed()) {
            throw new IllegalStateException("the benchmark script did not complete: " + o);
        }
    }

    /** Between runs, as between exercises in check --all: the next run's JShell opens meanwhile. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long median(List<Long> l) {
        List<Long> s = new ArrayList<>(l);
        s.sort(null);
        return s.isEmpty() ? -1 : s.get(s.size() / 2);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
