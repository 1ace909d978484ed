package dev.workbook.errors;

import java.util.Objects;

/**
 * A failure a user can act on: what failed, the offending value, what to do next and, where one fits,
 * a page in troubleshooting/. The CLI prints it without a stack trace and exits with {@link #exitCode()}.
 */
public class WorkbookException extends RuntimeException {
    private final ExitCode exitCode;
    private final String what;
    private final String value;
    private final String next;
    private final String help;

    private WorkbookException(Builder b) {
        super(b.detailedMessage ? b.what + details(b.value, b.next, b.help) : b.what, b.cause);
        this.exitCode = b.exitCode;
        this.what = b.what;
        this.value = b.value;
        this.next = b.next;
        this.help = b.help;
    }

    public static Builder badInput(String what) {
        return new Builder(ExitCode.BAD_INPUT, what);
    }

    public static Builder notReady(String what) {
        return new Builder(ExitCode.ENVIRONMENT_NOT_READY, what);
    }

    public static Builder internal(String what) {
        return new Builder(ExitCode.INTERNAL, what);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** The offending value (a path, a port, a provider name), or null. Never a password. */
    public String value() {
        return value;
    }

    /** The next thing the user should do, usually a command to run. */
    public String next() {
        return next;
    }

    /** A path under troubleshooting/, or null. */
    public String help() {
        return help;
    }

    /** What failed, without the value, next step or page. */
    public String what() {
        return what;
    }

    /** The text shown to users: what failed, the value, then what to do next and where to read more. */
    public String render() {
        return "error: " + what + details(value, next, help);
    }

    private static String details(String value, String next, String help) {
        StringBuilder sb = new StringBuilder();
        if (value != null) {
            sb.append(": ").append(value);
        }
        if (next != null) {
            sb.append(System.lineSeparator()).append("  next: ").append(next);
        }
        if (help != null) {
            sb.append(System.lineSeparator()).append("  help: ").append(help);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    public static final class Builder {
        private final ExitCode exitCode;
        private final String what;
        private String value;
        private String next;
        private String help;
        private Throwable cause;
        private boolean detailedMessage;

        private Builder(ExitCode exitCode, String what) {
            this.exitCode = Objects.requireNonNull(exitCode);
            this.what = Objects.requireNonNull(what);
        }

        public Builder value(Object value) {
            this.value = value == null ? null : String.valueOf(value);
            return this;
        }

        public Builder next(String next) {
            this.next = next;
            return this;
        }

        public Builder help(String troubleshootingPage) {
            this.help = troubleshootingPage;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        /**
         * Makes {@code getMessage()} carry the value, next step and page too, for errors met where only the message is
         * printed: a JShell session or a Jupyter cell show "class: message", never {@link #render()}.
         */
        public Builder detailedMessage() {
            this.detailedMessage = true;
            return this;
        }

        public WorkbookException build() {
            return new WorkbookException(this);
        }
    }
}
