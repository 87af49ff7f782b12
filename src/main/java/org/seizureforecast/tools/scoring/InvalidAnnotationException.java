package org.seizureforecast.tools.scoring;

/**
 * An annotation file that cannot be scored. The message is one line naming the file, the line
 * (1-based, the header being line 1; omitted when the problem concerns the whole file) and the
 * problem, e.g. {@code sub-01/run-01_events.tsv: line 3: unknown eventType 'sz-foc'}. Where the
 * official evaluator crashes on the same input, the message says what is wrong instead.
 */
public final class InvalidAnnotationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    /**
     * @param source file name or path as the user knows it
     * @param line 1-based line number, or 0 when the problem concerns the whole file
     * @param problem what is wrong, without the file and line
     */
    public InvalidAnnotationException(String source, int line, String problem) {
        super(source + ": " + (line > 0 ? "line " + line + ": " : "") + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file name or path. */
    public String source() {
        return source;
    }

    /** 1-based line number, 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The problem, without file and line. */
    public String problem() {
        return problem;
    }
}
