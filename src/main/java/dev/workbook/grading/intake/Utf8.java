package dev.workbook.grading.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 reading of submitted files (a BOM is dropped); anything else is named so the student can fix it. */
final class Utf8 {
    private Utf8() {
    }

    /** The text, or null when the bytes are not UTF-8. */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** What the bytes probably are, for the message that asks to save the file as UTF-8. */
    static String guess(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            return "UTF-16";
        }
        return "windows-1252 or ISO-8859-1";
    }

    static String problem(byte[] bytes) {
        return "not UTF-8 (it looks like " + guess(bytes) + "); save it as UTF-8 in the editor and submit again";
    }
}
