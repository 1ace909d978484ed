package dev.workbook.doctor;

import dev.workbook.config.ConfigKey;
import dev.workbook.config.ProviderKind;
import dev.workbook.config.Settings;
import dev.workbook.db.DbTarget;
import dev.workbook.db.ServerVersion;
import dev.workbook.doctor.catalogue.Platform;
import dev.workbook.doctor.checks.DoctorPlan;
import dev.workbook.doctor.checks.TargetSpec;
import dev.workbook.doctor.reports.Finding;
import dev.workbook.doctor.reports.Status;
import dev.workbook.errors.KnownError;
import dev.workbook.errors.WorkbookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the workbook's settings (or the reason they could not be read) and the doctor's flags into a plan. */
public final class DoctorPlans {
    private DoctorPlans() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private List<Path> sockets;
        private List<Path> optionFiles;
        private boolean local = true;
        private int localPort = 3306;
        private int timeoutMillis = 2000;
        private ServerVersion versionHint = ServerVersion.UNKNOWN;
        private String summary = "no settings";
        private Finding configProblem;
        private Finding targetNote;
        private TargetSpec target;
        private boolean expectsLocalServer;
        private String configFile = "~/.workbook/config.properties";
        private final List<String> secrets = new ArrayList<>();

        public Builder sockets(List<Path> s) {
            this.sockets = s;
            return this;
        }

        public Builder optionFiles(List<Path> f) {
            this.optionFiles = f;
            return this;
        }

        public Builder local(boolean l) {
            this.local = l;
            return this;
        }

        public Builder localPort(int p) {
            this.localPort = p;
            return this;
        }

        public Builder timeoutMillis(int t) {
            this.timeoutMillis = t;
            return this;
        }

        public Builder serverVersion(String v) {
            this.versionHint = v == null ? ServerVersion.UNKNOWN : ServerVersion.hint(v);
            return this;
        }

        /** The settings, and for the embedded provider its running server (empty when it is not running). */
        public Builder settings(Settings s, Optional<DbTarget> embedded) {
            configFile = s.configFile().toString();
            String source = Files.exists(s.configFile()) ? "from " + s.configFile() : "no config file, defaults and environment";
            ProviderKind kind = s.provider();
            summary = "provider=" + kind.id() + " (" + source + ")";
            switch (kind) {
                case SERVER -> {
                    String pw = s.get(ConfigKey.DB_PASSWORD);
                    target = new TargetSpec("server", s.get(ConfigKey.DB_HOST), s.getInt(ConfigKey.DB_PORT),
                            s.get(ConfigKey.DB_USER), pw, s.get(ConfigKey.DB_NAME));
                    summary += ", target " + target.describe() + ", password " + (pw == null ? "NOT SET" : "set");
                    expectsLocalServer = target.isLocal();
                    secret(pw);
                    secret(s.get(ConfigKey.ADMIN_PASSWORD));
                }
                case EMBEDDED -> {
                    if (embedded.isPresent()) {
                        DbTarget t = embedded.get();
                        target = new TargetSpec("embedded", t.host(), t.port(), t.app().user(), t.app().password(), t.database());
                        summary += ", embedded server running, target " + target.describe();
                        secret(t.app().password());
                        secret(t.admin() == null ? null : t.admin().password());
                    } else {
                        targetNote = Finding.problem("embedded", Status.WARNING, "the embedded server of "
                                + s.home() + " is not running (it starts on first use)", KnownError.EMBEDDED_SERVER,
                                "start it: workbook db start (it keeps running for every notebook and test)");
                    }
                }
                case DOCKER -> targetNote = Finding.info("docker", "docker provider: its container lives only while a "
                        + "workbook process uses it, so the doctor checks this machine only");
            }
            return this;
        }

        public Builder settingsProblem(WorkbookException e) {
            configProblem = Finding.problem("config", Status.FAILURE, e.what() + (e.value() == null ? "" : ": " + e.value()),
                    e.help() != null && e.help().contains("providers") ? KnownError.PROVIDER : KnownError.CONFIG_FILE,
                    e.next());
            return this;
        }

        private void secret(String s) {
            if (s != null && !s.isEmpty()) {
                secrets.add(s);
            }
        }

        public DoctorPlan build() {
            Platform p = Platform.current();
            boolean explicitSockets = sockets != null && !sockets.isEmpty();
            List<Path> socks = explicitSockets ? sockets : local ? usualSockets(p) : List.of();
            boolean explicitOptions = optionFiles != null && !optionFiles.isEmpty();
            List<Path> opts = explicitOptions ? optionFiles : local ? p.usualOptionFiles() : List.of();
            return new DoctorPlan(summary, configProblem, target, expectsLocalServer, targetNote, p, socks, explicitSockets,
                    opts, explicitOptions, local, localPort, timeoutMillis, versionHint, configFile, List.copyOf(secrets));
        }

        /** The platform's first (primary) path always; the others only where something exists. */
        private static List<Path> usualSockets(Platform p) {
            List<Path> out = new ArrayList<>();
            List<Path> all = p.usualSockets();
            for (int i = 0; i < all.size(); i++) {
                if (i == 0 || Files.exists(all.get(i))) {
                    out.add(all.get(i));
                }
            }
            return out;
        }
    }
}
