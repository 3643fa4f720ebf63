package org.tarikh.authoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.TooLarge;

/**
 * The bytes of an imported file as text, the same way for the API and the upload form: UTF-8 (a byte order
 * mark is dropped), or UTF-16 when a byte order mark says so. Anything else (Latin-1, Windows-1252, bytes that
 * are no text) is refused with the line of the first bad byte, never stored as replacement characters. A
 * charset the client declares is not trusted: HTTP clients add "ISO-8859-1" to text on their own, so the bytes
 * decide.
 */
public final class ImportText {

    private ImportText() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length > BankTransfer.MAX_BYTES) {
            throw new TooLarge("The file is larger than 5 MB: split it into smaller files.");
        }
        if (starts(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (starts(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        int from = starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (from == 0 && looksLikeUtf16WithoutMark(bytes)) {
            throw refused(1, "The file looks like UTF-16 without a byte order mark: save it as UTF-8 and try again.");
        }
        return strict(bytes, from, StandardCharsets.UTF_8, "UTF-8");
    }

    private static String strict(byte[] bytes, int from, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBad(bytes, from, charset);
            throw refused(lineAt(bytes, from, bad, charset), "The file is not " + name + " text (byte "
                    + (bad + 1) + " cannot be read" + (name.equals("UTF-8") ? "; is it Latin-1 or Windows-1252?" : "")
                    + "): save it as UTF-8 and try again.");
        }
    }

    /** The offset of the first byte the decoder cannot read, found by decoding ever longer prefixes by halves. */
    private static int firstBad(byte[] bytes, int from, Charset charset) {
        int lo = from;
        int hi = bytes.length;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (readable(bytes, from, mid, charset)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether bytes from..to decode, allowing a character cut short at {@code to}. */
    private static boolean readable(byte[] bytes, int from, int to, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(to - from + 2);
        return !decoder.decode(ByteBuffer.wrap(bytes, from, to - from), out, false).isError();
    }

    private static int lineAt(byte[] bytes, int from, int offset, Charset charset) {
        int line = 1;
        int step = charset == StandardCharsets.UTF_8 ? 1 : 2;
        for (int i = from; i + step - 1 < offset && i < bytes.length; i += step) {
            boolean newline = step == 1 ? bytes[i] == '\n'
                    : (charset == StandardCharsets.UTF_16LE ? bytes[i] == '\n' && bytes[i + 1] == 0
                    : bytes[i] == 0 && bytes[i + 1] == '\n');
            if (newline) {
                line++;
            }
        }
        return line;
    }

    /** Many NUL bytes in every other place is what UTF-16 of Latin text looks like. */
    private static boolean looksLikeUtf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 200) & ~1;
        if (n < 4) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return evenNul * 10 >= pairs * 8 || oddNul * 10 >= pairs * 8;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInput refused(int line, String message) {
        return new InvalidInput(message, List.of(ErrorDetail.line(line, message)));
    }
}
