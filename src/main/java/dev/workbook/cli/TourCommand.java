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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "tour", mixinStandardHelpOptions = true,
        description = {"Run every chapter in order on the workbook database (the embedded server unless configured "
                + "otherwise), then print a summary. Stops at the first failure and says where and why.",
                "Chapters drop and re-create their own tables (student, post, tag, ...)."})
final class TourCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions options;

    @Option(names = "--from", paramLabel = "CHAPTER", description = "Start at this chapter (number, id or slug).")
    String from;

    @Option(names = "--echo", description = "Print each snippet's source before its output.")
    boolean echo;

    @Override
    public Integer call() {
        CliContext ctx = root.ctx;
        ChapterCatalog catalog = ChapterCatalog.load();
        List<Chapter> all = catalog.all();
        if (from != null) {
            Chapter first = catalog.find(from);
            all = all.subList(all.indexOf(first), all.size());
        }
        DbTarget t = Providers.forSettings(options.settings(ctx)).start();
        Workbook.use(t);
        ctx.out().println("the workbook tour: " + all.size() + (all.size() == 1 ? " chapter" : " chapters") + " on " + t);
        return ChapterRuns.run(catalog, all, TranscriptStream.of(ctx.out()), ctx.err(), echo,
                spec.commandLine().getParseResult().hasMatchedOption("--stacktrace")).code();
    }
}
