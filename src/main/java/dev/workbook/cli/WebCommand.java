package dev.workbook.cli;

import dev.workbook.Workbook;
import dev.workbook.chapters.Chapter;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterSession;
import dev.workbook.chapters.Failure;
import dev.workbook.db.DbTarget;
import dev.workbook.db.providers.Providers;
import dev.workbook.errors.WorkbookException;
import dev.workbook.web.RunningApp;
import dev.workbook.web.WebApp;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "web", mixinStandardHelpOptions = true,
        description = {"Start a web chapter's finished app on the workbook database, to click through in a browser.",
                "Runs the chapter up to its cell named 'app' (so its tables start with the chapter's data), prints the "
                        + "address, and serves on 127.0.0.1 until Ctrl-C.",
                "Examples:  workbook web      (chapter 15: the student pages and the posts blueprint)",
                "           workbook web 16   (chapter 16: the JSON API)      workbook web --http-port 8080"})
final class WebCommand implements Callable<Integer> {
    static final String APP_CELL = "app";
    static final List<String> WEB_CHAPTERS = List.of("15", "16");

    @ParentCommand
    WorkbookCommand root;

    @Mixin
    ConnectionOptions options;

    @Parameters(arity = "0..1", paramLabel = "CHAPTER", defaultValue = "15",
            description = "The web chapter: 15 (pages, default) or 16 (JSON API); its number, id or slug.")
    String chapterRef;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "0",
            description = "Listen on this port (default 0: a free one, printed).")
    int httpPort;

    @Option(names = "--verbose", description = "Show what the chapter's cells print while the app is prepared.")
    boolean verbose;

    @Override
    public Integer call() throws InterruptedException {
        long t0 = System.nanoTime();
        CliContext ctx = root.ctx;
        ChapterCatalog catalog = ChapterCatalog.load();
        Chapter chapter = catalog.find(chapterRef);
        if (WEB_CHAPTERS.stream().noneMatch(chapter::matches)) {
            throw WorkbookException.badInput("chapter " + chapter.id() + " has no web app").value(chapterRef)
                    .next("workbook web 15 (pages and forms) or workbook web 16 (the JSON API)").build();
        }
        WebApp.preferPort(httpPort);
        WebApp.warmUp();   // on another core while the server starts and the chapter's first cells run
        DbTarget t = Providers.forSettings(options.settings(ctx)).start();
        Workbook.use(t);
        ctx.out().println("preparing " + chapter.id() + " on " + t + " (its tables are re-created with the chapter's data)...");
        PrintStream cellOutput = verbose ? TranscriptStream.of(ctx.out()) : new PrintStream(java.io.OutputStream.nullOutputStream());
        ChapterSession session = ChapterSession.open(catalog, chapter, cellOutput);
        Failure failure = session.runThrough(APP_CELL);
        if (failure != null) {
            session.close();
            ctx.err().print(failure.render());
            ctx.err().flush();
            return failure.exitCode().code();
        }
        RunningApp app = WebApp.running().stream().reduce((a, b) -> b).orElseThrow(() -> WorkbookException
                .internal("chapter " + chapter.id() + "'s cell '" + APP_CELL + "' started no app").build());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            WebApp.stopAll();
            session.close();
            ctx.out().println("stopped " + app.url());
            ctx.out().flush();
        }, "workbook-web-stop"));
        ctx.out().println(app.name() + " is ready at " + app.url() + "/  (ready in " + (System.nanoTime() - t0) / 1_000_000
                + " ms; the server started in " + app.startMillis() + " ms)");
        ctx.out().println("Open it in a browser on this machine. Ctrl-C stops it.");
        ctx.out().flush();
        new CountDownLatch(1).await();   // serve until the JVM is stopped (Ctrl-C); the hook above stops the app
        return 0;
    }
}
