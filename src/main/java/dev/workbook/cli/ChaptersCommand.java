package dev.workbook.cli;

import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterExport;
import dev.workbook.chapters.JshWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "chapters", mixinStandardHelpOptions = true,
        description = "List the workbook's chapters, or regenerate their notebooks and JShell scripts.",
        subcommands = {ChaptersCommand.List.class, ChaptersExportCommand.class})
final class ChaptersCommand implements Callable<Integer> {
    @ParentCommand
    WorkbookCommand root;

    @Override
    public Integer call() {
        return new List().print(root.ctx);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the chapters in order.")
    static final class List implements Callable<Integer> {
        @ParentCommand
        ChaptersCommand parent;

        @Override
        public Integer call() {
            return print(parent.root.ctx);
        }

        int print(CliContext ctx) {
            for (Chapter c : ChapterCatalog.load().all()) {
                ctx.out().printf("%s  %-34s %s%n", c.number(), c.id(), c.title());
            }
            ctx.out().println();
            ctx.out().println("run one: workbook run 01    all in order: workbook tour");
            ChapterCatalog.load().all().stream().findFirst().ifPresent(c ->
                    ctx.out().println("in plain jshell, from the project directory: " + JshWriter.runCommand(c)));
            ctx.out().println("notebooks: notebooks/NN-slug.ipynb; regenerate after editing a chapter: " + ChapterExport.REGENERATE_COMMAND);
            return 0;
        }
    }
}
