package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameCodecTest {
    private static final int LIMIT = 1 << 20;

    private static EegFrame sample() {
        float[] samples = {1.5f, -2.25f, 3e-5f, Float.MAX_VALUE, -0f, 7f};
        return new EegFrame(
                1, "patiënt-7", "sess/α", 42, -123_456_789L, 173.61, List.of("EEG Fp1-REF", "T3"), 3, samples);
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        EegFrame in = sample();
        EegFrame out = FrameCodec.decode(FrameCodec.encode(in), LIMIT);
        assertThat(out).usingRecursiveComparison().isEqualTo(in);
    }

    @Test
    void headerLayoutIsLittleEndianAsDocumented() {
        byte[] bytes =
                FrameCodec.encode(new EegFrame(1, "p", "s", 0x0102, 5, 256.0, List.of("C3"), 1, new float[] {1f}));
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(Arrays.copyOf(bytes, 4)).containsExactly('E', 'E', 'G', 'F');
        assertThat(b.get(4)).isEqualTo((byte) 1);
        assertThat(b.getShort(5)).isEqualTo((short) 1); // patient id length
        assertThat(b.get(7)).isEqualTo((byte) 'p');
        assertThat(b.getShort(8)).isEqualTo((short) 1);
        assertThat(b.getLong(11)).isEqualTo(0x0102L);
        assertThat(b.getLong(19)).isEqualTo(5L);
        assertThat(b.getDouble(27)).isEqualTo(256.0);
        assertThat(b.getShort(35)).isEqualTo((short) 1);
        assertThat(b.getShort(37)).isEqualTo((short) 2);
        assertThat(b.getInt(41)).isEqualTo(1);
        assertThat(b.getFloat(45)).isEqualTo(1f);
        assertThat(bytes).hasSize(49);
    }

    /** The example in docs/wire-format.md, byte for byte. */
    @Test
    void decodesTheDocumentedExample() throws Exception {
        String hex = "45 45 47 46 01 02 00 70 31 02 00 73 31 07 00 00"
                + "00 00 00 00 00 00 40 1e 18 24 0a 06 00 00 00 00"
                + "00 00 00 70 40 02 00 02 00 43 33 02 00 43 34 02"
                + "00 00 00 00 00 c0 3f 00 00 00 c0 00 00 80 3e 00"
                + "00 20 41";
        hex = hex.replace(" ", "");
        byte[] bytes = HexFormat.of().parseHex(hex);
        EegFrame frame = FrameCodec.decode(bytes, LIMIT);
        assertThat(frame)
                .usingRecursiveComparison()
                .isEqualTo(new EegFrame(
                        1, "p1", "s1", 7, 1_700_000_000_000_000L, 256.0, List.of("C3", "C4"), 2, new float[] {
                            1.5f, -2f, 0.25f, 10f
                        }));
        assertThat(FrameCodec.encode(frame)).isEqualTo(bytes);
    }

    @Test
    void decodesFromTheBufferPositionWithoutMovingIt() throws Exception {
        byte[] frame = FrameCodec.encode(sample());
        ByteBuffer buffer = ByteBuffer.allocate(frame.length + 10);
        buffer.position(7);
        buffer.put(frame);
        buffer.position(7).limit(7 + frame.length);
        EegFrame out = FrameCodec.decode(buffer, LIMIT);
        assertThat(out.samples()).containsExactly(sample().samples());
        assertThat(buffer.position()).isEqualTo(7);
    }

    @Test
    void decodesFromADirectBuffer() throws Exception {
        byte[] frame = FrameCodec.encode(sample());
        ByteBuffer direct = ByteBuffer.allocateDirect(frame.length).put(frame).flip();
        assertThat(FrameCodec.decode(direct, LIMIT).channels()).isEqualTo(sample().channels());
    }

    @Test
    void rejectsOversizeBeforeReadingAnything() {
        byte[] frame = FrameCodec.encode(sample());
        assertRejected(
                () -> FrameCodec.decode(frame, frame.length - 1),
                Rejection.OVERSIZE,
                "frame is " + frame.length + " bytes, more than the limit of " + (frame.length - 1));
    }

    @Test
    void rejectsBadMagic() {
        byte[] frame = FrameCodec.encode(sample());
        frame[3] = 'X';
        assertRejected(() -> FrameCodec.decode(frame, LIMIT), Rejection.BAD_MAGIC, "magic is 45454758");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 255})
    void rejectsUnsupportedVersion(int version) {
        byte[] frame = FrameCodec.encode(sample());
        frame[4] = (byte) version;
        assertRejected(
                () -> FrameCodec.decode(frame, LIMIT),
                Rejection.UNSUPPORTED_VERSION,
                "format version " + version + " is not supported");
    }

    /** Every proper prefix of a frame is truncated, whatever field it ends in. */
    @Test
    void rejectsEveryTruncation() {
        byte[] frame = FrameCodec.encode(sample());
        for (int length = 0; length < frame.length; length++) {
            byte[] cut = Arrays.copyOf(frame, length);
            assertThatThrownBy(() -> FrameCodec.decode(cut, LIMIT))
                    .as("prefix of %d bytes", length)
                    .isInstanceOfSatisfying(
                            FrameRejectedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Rejection.TRUNCATED));
        }
    }

    @Test
    void truncationMessageNamesTheField() {
        byte[] frame = FrameCodec.encode(sample());
        int insideSequence = 4
                + 1
                + 2
                + "patiënt-7".getBytes(StandardCharsets.UTF_8).length
                + 2
                + "sess/α".getBytes(StandardCharsets.UTF_8).length
                + 3;
        assertRejected(
                () -> FrameCodec.decode(Arrays.copyOf(frame, insideSequence), LIMIT),
                Rejection.TRUNCATED,
                "frame ends inside sequence");
        assertRejected(
                () -> FrameCodec.decode(Arrays.copyOf(frame, frame.length - 1), LIMIT),
                Rejection.TRUNCATED,
                "frame ends inside the samples: 2 channel(s) x 3 samples need 24 bytes, only 23 left");
    }

    @Test
    void truncationExactlyAtAChannelBoundaryIsStillTruncation() {
        byte[] frame = FrameCodec.encode(sample());
        assertRejected(
                () -> FrameCodec.decode(Arrays.copyOf(frame, frame.length - 12), LIMIT),
                Rejection.TRUNCATED,
                "need 24 bytes, only 12 left");
    }

    @Test
    void rejectsMoreChannelsOfDataThanLabels() {
        EegFrame three = new EegFrame(1, "p", "s", 0, 0, 256, List.of("C3", "C4"), 2, new float[6]);
        assertRejected(
                () -> FrameCodec.decode(FrameCodec.encode(three), LIMIT),
                Rejection.CHANNEL_MISMATCH,
                "header lists 2 channel label(s) but the data holds 3 channels of 2 samples");
    }

    @Test
    void rejectsStrayBytesAfterTheSamples() {
        byte[] frame = FrameCodec.encode(sample());
        byte[] longer = Arrays.copyOf(frame, frame.length + 5);
        assertRejected(
                () -> FrameCodec.decode(longer, LIMIT), Rejection.MALFORMED, "5 unexpected byte(s) after the samples");
    }

    @Test
    void rejectsInvalidUtf8InAnId() {
        byte[] frame = FrameCodec.encode(new EegFrame(1, "ab", "s", 0, 0, 256, List.of("C3"), 1, new float[1]));
        frame[7] = (byte) 0xC3; // a lead byte followed by 'b': not UTF-8
        assertRejected(() -> FrameCodec.decode(frame, LIMIT), Rejection.MALFORMED, "patientId is not valid UTF-8");
    }

    @Test
    void rejectsInvalidUtf8InALabelNamingIt() {
        byte[] frame = FrameCodec.encode(new EegFrame(1, "p", "s", 0, 0, 256, List.of("C3", "C4"), 1, new float[2]));
        frame[frame.length - 8 - 4 - 2] = (byte) 0xFF; // first byte of the second label
        assertRejected(
                () -> FrameCodec.decode(frame, LIMIT), Rejection.MALFORMED, "channel label 1 is not valid UTF-8");
    }

    @Test
    void rejectsASequenceNumberAboveTheSignedRange() {
        byte[] frame = FrameCodec.encode(new EegFrame(1, "p", "s", 0, 0, 256, List.of("C3"), 1, new float[1]));
        frame[11 + 7] = (byte) 0x80;
        assertRejected(() -> FrameCodec.decode(frame, LIMIT), Rejection.MALFORMED, "sequence 9223372036854775808");
    }

    static void assertRejected(ThrowingCallable call, Rejection reason, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(FrameRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
