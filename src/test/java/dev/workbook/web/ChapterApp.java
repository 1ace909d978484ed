package dev.workbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.Workbook;
import dev.workbook.chapters.ChapterCatalog;
import dev.workbook.chapters.ChapterSession;
import dev.workbook.chapters.Failure;
import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A web chapter's app, as {@code workbook web} starts it: the chapter run up to its cell named "app" in a kept
 * JShell session, on its own fresh database of the shared test server. One per chapter and test JVM (the chapter's
 * preparation takes seconds); test classes add their own rows and look at the database through {@link #rows}.
 */
final class ChapterApp {
    private static final Map<String, ChapterApp> APPS = new HashMap<>();

    final ChapterSession session;
    final RunningApp app;
    final DbTarget db;

    private ChapterApp(ChapterSession session, RunningApp app, DbTarget db) {
        this.session = session;
        this.app = app;
        this.db = db;
    }

    static synchronized ChapterApp of(String chapter, String appName) {
        ChapterApp running = APPS.get(chapter);
        if (running != null && WebApp.running(appName).orElse(null) == running.app) {
            // SessionFactories follow the facade's current target: point it back at this app's database.
            Workbook.use(running.db);
            return running;
        }
        DbTarget db = SharedServer.freshDatabase("web" + chapter);
        ChapterCatalog catalog = ChapterCatalog.load();
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        ChapterSession session = ChapterSession.open(catalog, catalog.find(chapter),
                new PrintStream(transcript, true, StandardCharsets.UTF_8));
        Failure failure = session.runThrough("app");
        assertThat(failure).as(() -> failure.render() + "\n" + transcript.toString(StandardCharsets.UTF_8)).isNull();
        ChapterApp started = new ChapterApp(session, WebApp.running(appName).orElseThrow(), db);
        APPS.put(chapter, started);
        return started;
    }

    /** http://127.0.0.1:PORT, for clients that add paths. */
    String base() {
        return app.url();
    }

    String url(String path) {
        return app.url(path);
    }

    /** The rows of a query on the chapter's database, columns joined by " | " (NULL for null). */
    List<String> rows(String sql) {
        try (Connection c = db.dataSource(db.database(), db.admin()).getConnection();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cols.add(rs.getString(i) == null ? "NULL" : rs.getString(i));
                }
                rows.add(String.join(" | ", cols));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    String one(String sql) {
        List<String> rows = rows(sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }
}
