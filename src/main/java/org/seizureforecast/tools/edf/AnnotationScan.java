package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Record onsets and annotations of a file, found by one pass that reads only the annotation
 * signals' bytes of each record. Plain EDF (or EDF+ without an annotation signal) gets onsets
 * record × duration and no annotations.
 */
final class AnnotationScan {
    final double[] onsets;
    final List<EdfAnnotation> annotations = new ArrayList<>();

    private AnnotationScan(int records) {
        this.onsets = new double[records];
    }

    /** @param offsets byte offset of each signal inside a record */
    static AnnotationScan of(String name, FileChannel channel, EdfHeader header, int[] offsets) throws IOException {
        if (header.numRecords() > Integer.MAX_VALUE - 8) {
            throw new EdfException(name, "number of data records", header.numRecords() + " is too many to index");
        }
        AnnotationScan scan = new AnnotationScan((int) header.numRecords());
        int[] annotationSignals = header.annotationSignalIndices();
        if (annotationSignals.length == 0 || !header.isEdfPlus()) {
            for (int r = 0; r < scan.onsets.length; r++) {
                scan.onsets[r] = r * header.recordDurationSeconds();
            }
            return scan;
        }
        long recordBytes = header.recordBytes();
        for (int r = 0; r < scan.onsets.length; r++) {
            long recordStart = header.headerBytes() + r * recordBytes;
            for (int k = 0; k < annotationSignals.length; k++) {
                int s = annotationSignals[k];
                int bytes = 2 * header.signal(s).samplesPerRecord();
                byte[] raw = EdfReader.readFully(channel, recordStart + offsets[s], bytes);
                TalCodec.Parsed parsed = TalCodec.parse(raw, 0, bytes, k == 0, name, "annotations of data record " + r);
                if (k == 0) {
                    scan.onsets[r] = parsed.recordOnset();
                }
                scan.annotations.addAll(parsed.annotations());
            }
        }
        return scan;
    }
}
