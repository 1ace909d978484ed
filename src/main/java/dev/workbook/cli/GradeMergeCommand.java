package dev.workbook.cli;

import dev.workbook.grading.report.OutLayout;
import dev.workbook.grading.run.CheckerGrader;
import dev.workbook.grading.report.RunSummary;
import dev.workbook.grading.shard.Merge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the output folders of workbook grade --shard 1/N ... N/N into one gradebook, report and feedback, "
                + "as a single run would have written them. Refuses missing shards and shards graded with other checks.",
                "Example:  workbook grade merge out-1 out-2 out-3 out-4 --out graded"})
final class GradeMergeCommand implements Callable<Integer> {
    @ParentCommand
    GradeCommand parent;

    @Parameters(arity = "1..*", paramLabel = "SHARD_OUT", description = "The --out folders of every shard.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the merged outputs go.")
    Path out;

    @Option(names = "--no-similarity", description = "Skip the similarity report (JPlag).")
    boolean noSimilarity;

    @Override
    public Integer call() {
        CliContext ctx = parent.root.ctx;
        RunSummary run = Merge.merge(shards, out, CheckerGrader::catalogOfChecks, CheckerGrader::stubs, !noSimilarity);
        GradeCommand.print(ctx, new OutLayout(out.toAbsolutePath()), run);
        return 0;
    }
}
