package dev.workbook.chapters;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Splits a cell into the snippets JShell evaluates one at a time, remembering the line each starts on.
 * JShell joins lines until a statement is complete, so a line missing its ';' swallows the next line:
 * the snippet then spans both and fails to compile, and the report shows both lines.
 */
final class SnippetSplitter {
    record Piece(String source, int firstLine, int lastLine, boolean incomplete) {
    }

    private SnippetSplitter() {
    }

    /** Pieces with 0-based line offsets inside the cell; an unfinished last statement is marked incomplete. */
    static List<Piece> split(SourceCodeAnalysis analysis, String code) {
        List<Piece> pieces = new ArrayList<>();
        String rest = code;
        int consumedChars = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            Completeness c = info.completeness();
            int leading = rest.length() - rest.stripLeading().length();
            int start = consumedChars + leading;
            if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE
                    || info.source() == null || info.source().isBlank()) {
                if (c == Completeness.EMPTY) {
                    break;
                }
                pieces.add(new Piece(rest.strip(), lineOf(code, start), lineOf(code, code.length()), true));
                break;
            }
            int used = rest.length() - info.remaining().length();
            int end = consumedChars + used;
            pieces.add(new Piece(info.source(), lineOf(code, start), lineOf(code, Math.max(start, end - 1)), false));
            consumedChars = end;
            rest = info.remaining();
        }
        return pieces;
    }

    private static int lineOf(String code, int offset) {
        int line = 0;
        for (int i = 0; i < Math.min(offset, code.length()); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
