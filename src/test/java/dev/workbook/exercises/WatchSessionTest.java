package dev.workbook.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.SharedServer;
import dev.workbook.testing.TestHomes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * `workbook watch` in line mode, on the checker's fixture exercise: it starts at the first unsolved exercise, checks it,
 * checks it again when the file is saved with a change (and not when nothing changed), answers h, l and n, and quits on q.
 */
class WatchSessionTest {
    @Test
    @DisplayName("starts at the first unsolved exercise, re-checks on each save, n only once solved, h, l, q")
    void watches() throws Exception {
        Path dir = TestHomes.fresh("watch");
        Path home = TestHomes.fresh("watch-home");
        Exercise ex = CheckerFixtureTest.FIXTURE;
        ExerciseChecker checker = CheckerFixtureTest.checker(SharedServer.target());
        Path file = dir.resolve(ex.fileName());
        Files.writeString(file, dev.workbook.chapters.ExerciseJsh.write(checker.source(ex)));
        AtomicInteger checks = new AtomicInteger();
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        WatchSession session = new WatchSession(List.of(ex), e -> dir.resolve(e.fileName()), (e, f) -> {
            checks.incrementAndGet();
            return checker.check(e, f);
        }, new Progress(home), out, false);
        BlockingQueue<Character> keys = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try {
                session.run(keys);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        waitFor(text, "watching " + file);
        assertThat(text.toString()).contains("workbook watch  [>").contains("0/1").contains("✗ there is a table named thing");
        keys.add('n');
        waitFor(text, "n moves on once every check of 90-fixture passes");
        keys.add('h');
        waitFor(text, "1. hint for the table");
        keys.add('l');
        waitFor(text, "→ 90-fixture");
        Files.writeString(file, Files.readString(file)); // saved, unchanged: no check
        Thread.sleep(800);
        assertThat(checks.get()).isEqualTo(1);
        String solved = dev.workbook.chapters.ExerciseJsh.write(checker.source(ex), List.of(CheckerFixtureTest.PASSES));
        Files.writeString(file, solved);
        waitFor(text, "solved: 90-fixture");
        assertThat(checks.get()).isEqualTo(2);
        assertThat(new Progress(home).passed(ex.id())).isTrue();
        keys.add('n');
        waitFor(text, "every exercise is solved");
        keys.add('q');
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(text.toString()).contains("bye: [############################] 1/1");
    }

    private static void waitFor(StringWriter text, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 120_000;
        while (!text.toString().contains(what)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("never printed: " + what + "\n" + text);
            }
            Thread.sleep(50);
        }
    }
}
