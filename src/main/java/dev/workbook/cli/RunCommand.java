package dev.workbook.cli;

import dev.workbook.Workbook;
import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterRuns;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run chapters through JShell on the workbook database and print each snippet's output.",
                "Chapters drop and re-create their own tables (student, post, tag, ...).",
                "Examples:  workbook run 01    workbook run querying    workbook run 03 04 05"})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions options;

    @Parameters(arity = "1..*", paramLabel = "CHAPTER", description = "A chapter: its number (05), id (05-querying) or slug (querying).")
    List<String> chapters;

    @Option(names = "--echo", description = "Print each snippet's source before its output.")
    boolean echo;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        ChapterCatalog catalog = ChapterCatalog.load();
        List<Chapter> selected = chapters.stream().map(catalog::find).toList();
        DbTarget t = Providers.forSettings(options.settings(ctx)).start();
        Workbook.use(t);
        ctx.out().println("running " + selected.size() + (selected.size() == 1 ? " chapter" : " chapters") + " on " + t);
        return ChapterRuns.run(catalog, selected, TranscriptStream.of(ctx.out()), ctx.err(), echo,
                spec.commandLine().getParseResult().hasMatchedOption("--stacktrace")).code();
    }
}
