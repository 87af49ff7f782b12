package org.seizureforecast.core.signal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.seizureforecast.core.lang.Nullable;

/**
 * Bounds-checked little-endian reads of wire-format fields. Every failure names the field and
 * where it starts, so a rejected frame can be diagnosed from the error alone. One instance per
 * decode call; not thread-safe.
 */
final class WireReader {
    private final ByteBuffer in;
    private @Nullable CharsetDecoder utf8;

    /** {@code in} must already be little-endian and start at the frame's first byte. */
    WireReader(ByteBuffer in) {
        this.in = in;
    }

    int remaining() {
        return in.remaining();
    }

    ByteBuffer buffer() {
        return in;
    }

    int u8(String field) throws FrameRejectedException {
        need(1, field, -1);
        return in.get() & 0xFF;
    }

    int u16(String field, int index) throws FrameRejectedException {
        need(2, field, index);
        return in.getShort() & 0xFFFF;
    }

    long u32(String field) throws FrameRejectedException {
        need(4, field, -1);
        return in.getInt() & 0xFFFF_FFFFL;
    }

    long i64(String field) throws FrameRejectedException {
        need(8, field, -1);
        return in.getLong();
    }

    double f64(String field) throws FrameRejectedException {
        need(8, field, -1);
        return in.getDouble();
    }

    /** A u16 byte length followed by that many bytes of strict UTF-8. */
    String string(String field, int index) throws FrameRejectedException {
        int length = u16(field, index);
        need(length, field, index);
        ByteBuffer bytes = in.slice().limit(length);
        in.position(in.position() + length);
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            return utf8.reset().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new FrameRejectedException(Rejection.MALFORMED, name(field, index) + " is not valid UTF-8");
        }
    }

    private void need(int bytes, String field, int index) throws FrameRejectedException {
        if (in.remaining() < bytes) {
            throw new FrameRejectedException(
                    Rejection.TRUNCATED,
                    String.format(
                            "frame ends inside %s at byte %d: %d byte(s) needed, %d left",
                            name(field, index), in.position(), bytes, in.remaining()));
        }
    }

    private static String name(String field, int index) {
        return index < 0 ? field : field + " " + index;
    }
}
