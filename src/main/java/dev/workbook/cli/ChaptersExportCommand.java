package dev.workbook.cli;

import dev.workbook.errors.ExitCode;
import dev.workbook.errors.WorkbookException;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Regenerate notebooks/NN-slug.ipynb and notebooks/jshell/NN-slug.jsh from the chapter sources "
                + "in src/main/resources/chapters (run it in the project directory after editing a chapter).",
                "With --check, change nothing and exit 1 if the committed files differ from the sources."})
final class ChaptersExportCommand implements Callable<Integer> {
    @ParentCommand
    ChaptersCommand parent;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "The project directory (default: .).")
    Path dir;

    @Option(names = "--check", description = "Only report drift; exit 1 when there is some.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        CliContext ctx = parent.root.ctx;
        Path sources = dir.resolve("src/main/resources/chapters");
        if (!Files.isDirectory(sources)) {
            throw WorkbookException.badInput("no chapter sources here").value(sources.toAbsolutePath().normalize())
                    .next("run it from the project directory (the one with pom.xml), or pass --dir").build();
        }
        ChapterExport export = new ChapterExport(ChapterCatalog.fromDirectory(sources));
        if (check) {
            List<String> drift = export.drift(dir);
            drift.forEach(d -> ctx.err().println("drift: " + d));
            if (!drift.isEmpty()) {
                ctx.err().println("  next: " + ChapterExport.REGENERATE_COMMAND);
                return ExitCode.CHECKS_FAILED.code();
            }
            ctx.out().println("notebooks and JShell scripts match their chapter sources");
            return 0;
        }
        List<String> changed = export.write(dir);
        changed.forEach(ctx.out()::println);
        ctx.out().println(changed.isEmpty() ? "already up to date" : changed.size() + " file(s) changed");
        return 0;
    }
}
