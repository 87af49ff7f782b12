package org.seizureforecast.tools.scoring;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a TSV file into lines the way pandas' C parser (the reference's reader)
 * sees them: strict UTF-8, a leading byte-order mark dropped, {@code \n}, {@code \r\n} and a lone
 * {@code \r} all end a line. Line numbers stay physical (blank lines count) so messages point at
 * the right line.
 */
final class TsvText {
    private static final char BOM = '\uFEFF';

    private TsvText() {}

    /** Decodes strict UTF-8; malformed bytes are an error naming the file. */
    static String decode(String source, byte[] content) {
        if (content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw new InvalidAnnotationException(source, 0, "UTF-16 text; save the file as UTF-8");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidAnnotationException(source, 0, "not valid UTF-8 text");
        }
    }

    /** The physical lines without their terminators; a leading BOM is removed. */
    static List<String> lines(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(body.substring(start, i));
                i += (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < body.length()) {
            lines.add(body.substring(start));
        }
        return lines;
    }
}
