package org.seizureforecast.core.signal;

/** Placeholder until the signal work lands. */
public final class FrameCodec {
    private FrameCodec() {}

    public static EegFrame decode(byte[] bytes, int maxFrameBytes) throws FrameRejectedException {
        throw new FrameRejectedException(Rejection.UNSUPPORTED_VERSION, "codec not yet implemented");
    }

    public static byte[] encode(EegFrame frame) {
        throw new UnsupportedOperationException("codec not yet implemented");
    }
}
