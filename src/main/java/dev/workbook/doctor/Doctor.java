package dev.workbook.doctor;

import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.FixContext;
import dev.workbook.doctor.catalogue.Fixes;
import dev.workbook.doctor.checks.DoctorPlan;
import dev.workbook.doctor.checks.LocalChecks;
import dev.workbook.doctor.checks.LocalPort;
import dev.workbook.doctor.checks.TargetChecks;
import dev.workbook.doctor.checks.TargetSpec;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Report;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.ErrorCatalogue;
import dev.workbook.errors.KnownError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the checks of a {@link DoctorPlan}, cheapest first, and never changes anything. The machine-wide checks
 * and the configured server's checks run side by side, so a port that swallows packets costs its time limit once.
 */
public final class Doctor {
    private Doctor() {
    }

    public static Report run(DoctorPlan plan) {
        long start = System.nanoTime();
        List<Finding> all = new ArrayList<>();
        all.add(plan.configProblem() != null ? plan.configProblem() : Finding.ok("config", plan.configSummary()));
        if (plan.targetNote() != null) {
            all.add(plan.targetNote());
        }
        LocalChecks.Facts facts = LocalChecks.facts(plan);
        FixContext x = context(plan, familyHint(plan));
        CompletableFuture<TargetChecks.Result> target = plan.target() == null ? null : CompletableFuture.supplyAsync(
                () -> TargetChecks.run(plan.target(), facts, plan.expectsLocalServer(), x, plan.timeoutMillis()));
        if (plan.local()) {
            all.addAll(LocalChecks.machine(plan, facts, x));
        }
        all.addAll(LocalChecks.sockets(plan, facts, x));
        if (plan.local() && !sameAsTarget(plan)) {
            all.add(LocalPort.check(plan.localPort(), facts, plan.expectsLocalServer(), x.withVersion(x.version()),
                    plan.timeoutMillis()));
        }
        if (target != null) {
            all.addAll(await(target, plan));
        }
        long ms = (System.nanoTime() - start) / 1_000_000L;
        String[] secrets = plan.secrets().toArray(String[]::new);
        return new Report(all.stream().map(f -> f.redacted(secrets)).toList(), ms);
    }

    private static final java.util.regex.Pattern PASTED_ACCOUNT = java.util.regex.Pattern.compile("user '([^']{1,80})'@'");

    /** Names the condition behind a pasted error message and gives its fix for the given server. */
    public static Report explain(String text, DoctorPlan plan) {
        FixContext configured = context(plan, plan.versionHint());
        // The fix is for the account named in the pasted message ('root'@'localhost'), not the configured one.
        java.util.regex.Matcher who = PASTED_ACCOUNT.matcher(text);
        FixContext x = who.find() ? configured.withUser(who.group(1)) : configured;
        return Optional.ofNullable(ErrorCatalogue.explain(text).error())
                .map(c -> new Report(List.of(Finding.problem("explain", Status.FAILURE, c.meaning() + " (for "
                        + x.version().label() + ")", c, Fixes.of(c, x))), 0))
                .orElseGet(() -> new Report(List.of(Finding.info("explain", "not in the workbook's error catalogue; "
                        + "troubleshooting/README.md lists every error it knows")), 0));
    }

    private static List<Finding> await(CompletableFuture<TargetChecks.Result> f, DoctorPlan plan) {
        try {
            // Every step inside has its own limit; this one only guards against a bug that would hang the doctor.
            return f.get(plan.timeoutMillis() * 6L, TimeUnit.MILLISECONDS).findings();
        } catch (TimeoutException e) {
            f.cancel(true);
            return List.of(Finding.problem("server", Status.FAILURE, plan.target().address() + " did not finish its checks in "
                    + plan.timeoutMillis() * 6 + " ms", KnownError.PORT_SILENT, null));
        } catch (ExecutionException e) {
            return List.of(Finding.problem("server", Status.FAILURE, "the check of " + plan.target().address()
                    + " failed: " + e.getCause(), null, "run again with --stacktrace and report it"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static boolean sameAsTarget(DoctorPlan plan) {
        return plan.target() != null && plan.target().isLocal() && plan.target().port() == plan.localPort();
    }

    static FixContext context(DoctorPlan plan, ServerVersion v) {
        TargetSpec t = plan.target();
        return new FixContext(v, plan.platform(), t == null ? "workbook" : t.user(), t == null ? "127.0.0.1" : t.host(),
                t == null ? plan.localPort() : t.port(), t == null ? "workbook" : t.database(), plan.configFile());
    }

    /** Before any server has answered: the family from the version hint or from which server binary is installed. */
    private static ServerVersion familyHint(DoctorPlan plan) {
        if (plan.versionHint().known()) {
            return plan.versionHint();
        }
        for (Path p : LocalChecks.installedBinaries(plan.platform())) {
            if (p.getFileName().toString().startsWith("mariadbd") && Files.isExecutable(p)) {
                return new ServerVersion(ServerVersion.Family.MARIADB, 10, 0, 0, "mariadb");
            }
        }
        return plan.versionHint();
    }
}
