package org.seizureforecast.tools.edf;

import java.io.IOException;

/**
 * A file that is not valid EDF/EDF+ (truncated, a header that contradicts itself or the file
 * size, a field that is not a number...) or a writer asked to do something the format cannot.
 * The message reads {@code <file>: <field>: <problem>}.
 */
public final class EdfException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String field;

    public EdfException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
        this.file = file;
        this.field = field;
    }

    /** The file name as given when it was opened. */
    public String file() {
        return file;
    }

    /** The header field or part of the file that is wrong, e.g. {@code number of data records}. */
    public String field() {
        return field;
    }
}
