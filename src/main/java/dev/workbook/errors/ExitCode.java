package dev.workbook.errors;

/** The workbook's exit codes, in one place. Every command and script uses these numbers. */
public enum ExitCode {
    OK(0),
    CHECKS_FAILED(1),
    BAD_INPUT(2),
    ENVIRONMENT_NOT_READY(3),
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
