package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a Bonn CSV (header {@code seg001,...}, one column per segment, integer samples). */
final class BonnCsv {
    private BonnCsv() {}

    /** One float array per column (segment). */
    static List<float[]> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.size() < 2) {
            throw new IOException(csv + ": no data rows");
        }
        int columns = lines.get(0).split(",").length;
        int rows = lines.size() - 1;
        List<float[]> segments = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            segments.add(new float[rows]);
        }
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r + 1).split(",");
            if (cells.length != columns) {
                throw new IOException(
                        csv + ": line " + (r + 2) + " has " + cells.length + " values, header has " + columns);
            }
            for (int c = 0; c < columns; c++) {
                try {
                    segments.get(c)[r] = Float.parseFloat(cells[c].trim());
                } catch (NumberFormatException e) {
                    throw new IOException(
                            csv + ": line " + (r + 2) + " column " + (c + 1) + ": \"" + cells[c] + "\" is not a number",
                            e);
                }
            }
        }
        return segments;
    }
}
