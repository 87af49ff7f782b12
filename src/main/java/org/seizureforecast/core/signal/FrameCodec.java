package org.seizureforecast.core.signal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary wire format v1 of an {@link EegFrame} (layout in {@code docs/wire-format.md}):
 * little-endian header, then float32 samples channel-major.
 *
 * <p>{@link #decode} checks structure only (size limit, magic, version, lengths, UTF-8, labels
 * versus data); value rules live in {@link FrameValidator}. Samples are copied once, in bulk,
 * from a little-endian view straight into the frame's array. Stateless and thread-safe.
 */
public final class FrameCodec {
    /** ASCII {@code EEGF}: the first four bytes of every frame. */
    public static final int MAGIC = 0x46474545; // read little-endian: 'E' 'E' 'G' 'F'

    private FrameCodec() {}

    public static EegFrame decode(byte[] frame, int maxFrameBytes) throws FrameRejectedException {
        return decode(ByteBuffer.wrap(frame), maxFrameBytes);
    }

    /** Decodes the bytes from the buffer's position to its limit; the caller's position is kept. */
    public static EegFrame decode(ByteBuffer frame, int maxFrameBytes) throws FrameRejectedException {
        ByteBuffer in = frame.slice().order(ByteOrder.LITTLE_ENDIAN);
        if (in.remaining() > maxFrameBytes) {
            throw new FrameRejectedException(
                    Rejection.OVERSIZE,
                    "frame is " + in.remaining() + " bytes, more than the limit of " + maxFrameBytes);
        }
        if (in.remaining() < 4) {
            throw new FrameRejectedException(
                    Rejection.TRUNCATED, "frame is " + in.remaining() + " byte(s), too short for the 4-byte magic");
        }
        int magic = in.getInt();
        if (magic != MAGIC) {
            throw new FrameRejectedException(
                    Rejection.BAD_MAGIC,
                    String.format("magic is %08x, expected 45454746 ('EEGF')", Integer.reverseBytes(magic)));
        }
        WireReader r = new WireReader(in);
        int version = r.u8("version");
        if (version != EegFrame.CURRENT_VERSION) {
            throw new FrameRejectedException(
                    Rejection.UNSUPPORTED_VERSION,
                    "format version " + version + " is not supported (this service reads version "
                            + EegFrame.CURRENT_VERSION + ")");
        }
        String patientId = r.string("patientId", -1);
        String sessionId = r.string("sessionId", -1);
        long sequence = r.i64("sequence");
        if (sequence < 0) {
            throw new FrameRejectedException(
                    Rejection.MALFORMED, "sequence " + Long.toUnsignedString(sequence) + " is above 2^63-1");
        }
        long startMicros = r.i64("startMicros");
        double sampleRate = r.f64("sampleRate");
        int channelCount = r.u16("channelCount", -1);
        List<String> labels = new ArrayList<>(channelCount);
        for (int c = 0; c < channelCount; c++) {
            labels.add(r.string("channel label", c));
        }
        long perChannel = r.u32("samplesPerChannel");
        float[] samples = new float[sampleBytes(r.remaining(), channelCount, perChannel) / 4];
        in.asFloatBuffer().get(samples);
        return new EegFrame(
                version, patientId, sessionId, sequence, startMicros, sampleRate, labels, (int) perChannel, samples);
    }

    /**
     * Checks that the bytes left hold exactly the declared samples and returns their size. Too few
     * bytes is truncation; whole extra channels mean the labels and the data disagree.
     */
    private static int sampleBytes(int remaining, int channels, long perChannel) throws FrameRejectedException {
        long expected = 4L * channels * perChannel;
        if (remaining == expected) {
            return remaining;
        }
        String declared = channels + " channel(s) x " + perChannel + " samples";
        if (remaining < expected) {
            throw new FrameRejectedException(
                    Rejection.TRUNCATED,
                    "frame ends inside the samples: " + declared + " need " + expected + " bytes, only " + remaining
                            + " left");
        }
        if (perChannel > 0 && remaining % (4 * perChannel) == 0) {
            throw new FrameRejectedException(
                    Rejection.CHANNEL_MISMATCH,
                    "header lists " + channels
                            + " channel label(s) but the data holds " + remaining / (4 * perChannel)
                            + " channels of " + perChannel + " samples");
        }
        throw new FrameRejectedException(
                Rejection.MALFORMED,
                (remaining - expected) + " unexpected byte(s) after the samples (" + declared + ")");
    }

    /**
     * Encodes a frame as it is, without validating it (so tests can build bad frames); the
     * samples written are {@code frame.samples()} in full.
     *
     * @throws IllegalArgumentException if an id or label exceeds 65535 UTF-8 bytes, or there are
     *     more than 65535 channels
     */
    public static byte[] encode(EegFrame frame) {
        byte[] patient = utf8(frame.patientId(), "patientId");
        byte[] session = utf8(frame.sessionId(), "sessionId");
        List<String> channels = frame.channels();
        if (channels.size() > 0xFFFF) {
            throw new IllegalArgumentException("more than 65535 channels: " + channels.size());
        }
        byte[][] labels = new byte[channels.size()][];
        int size = 4 + 1 + 2 + patient.length + 2 + session.length + 8 + 8 + 8 + 2 + 4;
        for (int c = 0; c < labels.length; c++) {
            labels[c] = utf8(channels.get(c), "channel label " + c);
            size += 2 + labels[c].length;
        }
        size += 4 * frame.samples().length;
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(MAGIC).put((byte) frame.version());
        putString(out, patient);
        putString(out, session);
        out.putLong(frame.sequence()).putLong(frame.startMicros()).putDouble(frame.sampleRate());
        out.putShort((short) labels.length);
        for (byte[] label : labels) {
            putString(out, label);
        }
        out.putInt(frame.sampleCount());
        out.asFloatBuffer().put(frame.samples());
        return out.array();
    }

    private static byte[] utf8(String s, String field) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException(field + " is longer than 65535 UTF-8 bytes");
        }
        return bytes;
    }

    private static void putString(ByteBuffer out, byte[] bytes) {
        out.putShort((short) bytes.length).put(bytes);
    }
}
