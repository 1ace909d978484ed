package dev.workbook.errors;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Recognises an error from the {@link KnownError} catalogue. Every feature asks here, so one error gets the same
 * meaning, next step and page wherever it is met: {@link #explain(Throwable)} for an exception (the CLI, the chapter
 * runner, {@code Workbook.sql}, exercise checks, notebook cells, the web layer), {@link #explain(String)} for pasted
 * text ({@code workbook doctor --explain}).
 *
 * <p>The vendor code decides first, then, for a connection failure, the exception that caused it, then the message
 * text along the cause chain, then SQLSTATE 28000. Never the exception class alone: Connector/J reports 1045 and 1698
 * as a plain SQLException, and "Communications link failure" says little until its cause is read.
 */
public final class ErrorCatalogue {
    private static final Pattern CLIENT_ERROR = Pattern.compile("ERROR\\s+(\\d{4})\\s*(?:\\(([0-9A-Z]{5})\\))?");
    private static final int MAX_CHAIN = 50;

    private ErrorCatalogue() {
    }

    /** What this exception (anywhere in its cause chain) means; a diagnosis without an entry when nothing matched. */
    public static Diagnosis explain(Throwable t) {
        List<Throwable> chain = chain(t);
        SQLException first = null;
        for (SQLException s : sqlExceptions(chain)) {
            if (first == null && (s.getErrorCode() != 0 || s.getSQLState() != null)) {
                first = s;
            }
            Optional<KnownError> byCode = byCode(s.getErrorCode(), s.getMessage());
            if (byCode.isPresent()) {
                return Diagnosis.of(byCode.get(), s.getErrorCode(), s.getSQLState(), s.getMessage());
            }
        }
        Integer code = first == null ? null : first.getErrorCode();
        String state = first == null ? null : first.getSQLState();
        String message = first == null ? deepestMessage(chain) : first.getMessage();
        if (first != null && (first.getErrorCode() == 0 || String.valueOf(state).startsWith("08"))) {
            Optional<KnownError> byCause = byCause(chain);
            if (byCause.isPresent()) {
                return Diagnosis.of(byCause.get(), code, state, message);
            }
        }
        for (Throwable c : chain) {
            Optional<KnownError> byText = find(new Match.Evidence(0, c.getClass().getName() + ": " + c.getMessage(), c));
            if (byText.isPresent()) {
                return Diagnosis.of(byText.get(), code, state, message);
            }
        }
        if ("28000".equals(state)) {
            return Diagnosis.of(KnownError.ACCESS_DENIED, code, state, message);
        }
        for (Throwable c : chain) {
            if (c instanceof WorkbookException we) {
                return Diagnosis.of(we);
            }
        }
        return Diagnosis.unknown(code, state, message);
    }

    /** What pasted text means: an "ERROR nnnn (SQLSTATE)" prefix first, then the known message fragments. */
    public static Diagnosis explain(String text) {
        if (text == null || text.isBlank()) {
            return Diagnosis.unknown(null, null, text);
        }
        Matcher m = CLIENT_ERROR.matcher(text);
        Integer code = null;
        String state = null;
        if (m.find()) {
            code = Integer.parseInt(m.group(1));
            state = m.group(2);
            Optional<KnownError> byCode = byCode(code, text);
            if (byCode.isPresent()) {
                return Diagnosis.of(byCode.get(), code, state, text);
            }
        }
        Optional<KnownError> byText = find(new Match.Evidence(0, text, null));
        if (byText.isPresent()) {
            return Diagnosis.of(byText.get(), code, state, text);
        }
        return "28000".equals(state) ? Diagnosis.of(KnownError.ACCESS_DENIED, code, state, text)
                : Diagnosis.unknown(code, state, text);
    }

    /** The entry for a vendor code, using the message where one code means several things (2002's errno). */
    public static Optional<KnownError> byCode(int code, String message) {
        return code == 0 ? Optional.empty() : find(new Match.Evidence(code, message, null));
    }

    private static Optional<KnownError> find(Match.Evidence e) {
        for (KnownError k : KnownError.values()) {
            if (k.matches(e)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** A connection failure's cause says what happened: refused, no answer in time, unknown host, TLS. */
    private static Optional<KnownError> byCause(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof ConnectException) {
                return Optional.of(KnownError.TCP_REFUSED);
            }
            if (t instanceof UnknownHostException) {
                return Optional.of(KnownError.TCP_UNREACHABLE);
            }
            if (t instanceof SocketTimeoutException) {
                String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                return Optional.of(msg.contains("connect") ? KnownError.TCP_UNREACHABLE : KnownError.PORT_SILENT);
            }
            if (t instanceof SSLException) {
                return Optional.of(KnownError.TLS_HANDSHAKE);
            }
        }
        return Optional.empty();
    }

    /** The cause chain, top first, each exception once (chains can loop). */
    static List<Throwable> chain(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> out = new ArrayList<>();
        for (Throwable c = t; c != null && out.size() < MAX_CHAIN && seen.add(c); c = c.getCause()) {
            out.add(c);
        }
        return out;
    }

    /** Every SQLException of the chain, with the ones chained by getNextException (batches) after each. */
    private static List<SQLException> sqlExceptions(List<Throwable> chain) {
        List<SQLException> out = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable c : chain) {
            for (SQLException s = c instanceof SQLException x ? x : null; s != null && out.size() < MAX_CHAIN && seen.add(s);
                 s = s.getNextException()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String deepestMessage(List<Throwable> chain) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).getMessage() != null) {
                return chain.get(i).getMessage();
            }
        }
        return null;
    }
}
