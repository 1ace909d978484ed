package dev.workbook.jupyter;

/** What a finished child process left: its exit code and both output streams. */
record ProcessResult(int exitCode, String out, String err) {
    boolean ok() {
        return exitCode == 0;
    }

    /** The last lines of stderr (then stdout), for error messages. */
    String tail(int lines) {
        String text = err.isBlank() ? out : err;
        String[] all = text.strip().split("\\R");
        int from = Math.max(0, all.length - lines);
        return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(all, from, all.length));
    }
}
