package dev.workbook.cli;

import dev.workbook.config.Settings;
import dev.workbook.config.Versions;
import dev.workbook.errors.WorkbookException;
import dev.workbook.exercises.Exercise;
import dev.workbook.exercises.ExerciseManifest;
import dev.workbook.grading.intake.SubmissionManifest;
import dev.workbook.grading.submit.Packer;
import dev.workbook.grading.submit.StudentId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Pack your work for your instructor into one zip: your exercise scripts (notebooks/exercises/ID.jsh), "
                + "the chapter notebooks with exercise cells, and a manifest with your student id, the workbook version and a "
                + "hash of each file. Nothing else of the project goes in.",
                "Your student id is asked once and remembered (in the workbook home); --student sets it.",
                "Examples:  workbook submit    workbook submit --student jdoe42 --out ~/hand-in.zip"})
final class SubmitCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Option(names = "--student", paramLabel = "ID", description = "Your student id, as your instructor gave it (remembered).")
    String student;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Your workbook's folder (default: the current one).")
    Path dir;

    @Option(names = "--out", paramLabel = "ZIP", description = "Where to write the zip (default: DIR/submission-ID.zip).")
    Path out;

    @Option(names = "--home", paramLabel = "DIR", description = "Workbook home, where the id is remembered (default ~/.workbook).")
    Path home;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        Path workbookHome = Settings.homeFrom(ctx.envWithHome(home));
        String id = student != null ? student.strip() : StudentId.stored(workbookHome).orElseGet(() -> ask(ctx));
        if (!StudentId.valid(id)) {
            throw StudentId.invalid(id);
        }
        StudentId.store(workbookHome, id);
        Path zip = out != null ? out : dir.resolve("submission-" + id + ".zip");
        Packer.Packed packed = Packer.pack(dir, ExerciseManifest.load().all().stream().map(Exercise::id).collect(Collectors.toSet()),
                id, Versions.get("workbook.version"), zip);
        ctx.out().println("packed " + packed.files().size() + " files for student " + id + " (workbook " + Versions.get("workbook.version") + "):");
        for (SubmissionManifest.FileEntry f : packed.files()) {
            ctx.out().printf("  %-45s %8d bytes  sha256 %s%n", f.path(), f.bytes(), f.sha256().substring(0, 12));
        }
        ctx.out().println("  " + SubmissionManifest.FILE_NAME + " (student id, workbook version, these hashes)");
        ctx.out().println("wrote " + packed.zip().toAbsolutePath().normalize());
        ctx.out().println("hand in that file as your instructor asked; submit again after changes (it is rewritten)");
        return 0;
    }

    private static String ask(CliContext ctx) {
        ctx.err().print("Your student id (as your instructor gave it; asked once): ");
        ctx.err().flush();
        try {
            String line = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) {
                throw WorkbookException.badInput("no student id given").value("(nothing typed)")
                        .next("workbook submit --student ID").build();
            }
            return line.strip();
        } catch (IOException e) {
            throw WorkbookException.badInput("could not read the student id").value(e.getMessage()).next("workbook submit --student ID").build();
        }
    }
}
