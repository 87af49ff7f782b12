package org.seizureforecast.tools.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Compares our results with the expected blocks of an SzCORE vector and collects every
 * difference (counts exactly, ratios to 1e-9 relative, null = NaN).
 */
final class ExpectedBlocks {
    static final double RELATIVE_TOLERANCE = 1e-9;

    private final List<String> problems;

    ExpectedBlocks(List<String> problems) {
        this.problems = problems;
    }

    void score(String where, JsonNode expected, Score actual) {
        count(where + ".tp", expected.get("tp"), actual.tp());
        count(where + ".fp", expected.get("fp"), actual.fp());
        count(where + ".fn", expected.get("fn"), actual.fn());
        count(where + ".refTrue", expected.get("refTrue"), actual.refTrue());
        count(where + ".numSamples", expected.get("numSamples"), actual.numSamples());
        count(where + ".fs", expected.get("fs"), actual.fs());
        ratio(where + ".sensitivity", expected.get("sensitivity"), actual.sensitivity());
        ratio(where + ".precision", expected.get("precision"), actual.precision());
        ratio(where + ".f1", expected.get("f1"), actual.f1());
        ratio(where + ".fpRate", expected.get("fpRate"), actual.fpRate());
        if (expected.has("f1_timescoring_0_0_6")) {
            ratio(where + ".f1_timescoring_0_0_6", expected.get("f1_timescoring_0_0_6"), actual.f1V006());
        }
    }

    void eventScore(String where, JsonNode expected, EventScore actual) {
        score(where, expected, actual.score());
        if (expected.has("refEvents")) {
            events(where + ".refEvents", expected.get("refEvents"), actual.referenceEvents());
            events(where + ".hypEvents", expected.get("hypEvents"), actual.hypothesisEvents());
        }
    }

    void summary(String where, JsonNode expected, MetricSummary actual) {
        ratio(where + ".sensitivity", expected.get("sensitivity"), actual.sensitivity());
        ratio(where + ".precision", expected.get("precision"), actual.precision());
        ratio(where + ".f1", expected.get("f1"), actual.f1());
        ratio(where + ".fpRate", expected.get("fpRate"), actual.fpRate());
        boolean expectStd = expected.has("sensitivity_std");
        if (expectStd != actual.hasStd()) {
            problems.add(where + ": std keys expected " + expectStd + " but got " + actual.hasStd());
        }
        if (expectStd) {
            ratio(where + ".sensitivity_std", expected.get("sensitivity_std"), actual.sensitivityStd());
            ratio(where + ".precision_std", expected.get("precision_std"), actual.precisionStd());
            ratio(where + ".f1_std", expected.get("f1_std"), actual.f1Std());
            ratio(where + ".fpRate_std", expected.get("fpRate_std"), actual.fpRateStd());
        }
    }

    void count(String where, JsonNode expected, long actual) {
        if (expected == null || !expected.canConvertToLong() || expected.asLong() != actual) {
            problems.add(where + ": expected " + expected + " but got " + actual);
        }
    }

    void ratio(String where, JsonNode expected, double actual) {
        if (expected == null) {
            problems.add(where + ": missing in expected.json");
        } else if (expected.isNull() ? !Double.isNaN(actual) : !close(expected.asDouble(), actual)) {
            problems.add(where + ": expected " + expected + " but got " + actual);
        }
    }

    void events(String where, JsonNode expected, List<Interval> actual) {
        boolean same = expected.size() == actual.size();
        for (int i = 0; same && i < actual.size(); i++) {
            same = close(expected.get(i).get(0).asDouble(), actual.get(i).start())
                    && close(expected.get(i).get(1).asDouble(), actual.get(i).end());
        }
        if (!same) {
            problems.add(where + ": expected " + expected + " but got " + actual);
        }
    }

    void check(String where, boolean ok, String detail) {
        if (!ok) {
            problems.add(where + ": " + detail);
        }
    }

    static boolean close(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        return expected == actual || Math.abs(expected - actual) <= RELATIVE_TOLERANCE * Math.abs(expected);
    }
}
