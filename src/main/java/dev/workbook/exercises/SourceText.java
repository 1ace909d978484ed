package dev.workbook.exercises;

import dev.workbook.errors.WorkbookException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a student's file as UTF-8, with or without a byte-order mark, with LF or CRLF line endings (CRLF becomes LF;
 * line numbers stay the same). A file in another encoding is refused with a message naming the encoding it looks like
 * and how to save it as UTF-8, rather than checked with garbled text.
 */
final class SourceText {
    private SourceText() {
    }

    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw WorkbookException.badInput("the exercise file is not there").value(file.toAbsolutePath())
                    .next("run the command from the workbook's project directory (it has notebooks/exercises/), or give the file:"
                            + " workbook check ID --file PATH").build();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw WorkbookException.badInput("cannot read the exercise file").value(file + ": " + e.getMessage()).build();
        }
        return decode(bytes, file.toString());
    }

    static String decode(byte[] bytes, String name) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            throw notUtf8(name, (bytes[0] & 0xff) == 0xFF ? "UTF-16 little-endian (what Windows calls \"Unicode\")" : "UTF-16 big-endian");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return text.replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw notUtf8(name, "a one-byte encoding such as Windows-1252 or ISO-8859-1 (Latin-1)");
        }
    }

    private static WorkbookException notUtf8(String name, String looksLike) {
        return WorkbookException.badInput("the exercise file is not UTF-8; it looks like " + looksLike).value(name)
                .next("save it as UTF-8 (in most editors: File > Save with Encoding > UTF-8; in Notepad: Save As, Encoding: UTF-8),"
                        + " then check again").build();
    }
}
