package org.seizureforecast.tools.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants the SzCORE rules imply, each checked on 200 seeded random recordings. */
class ScoringProperties {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    private static RecordingScore score(AnnotationFile ref, AnnotationFile hyp) {
        return RecordingEvaluator.evaluate(ref, hyp);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hypothesisEqualToReferenceFindsEverythingWithoutFalsePositives(long seed) {
        RandomRecordings gen = new RandomRecordings(seed);
        int d = gen.duration();
        AnnotationFile ref = RandomRecordings.file("ref", gen.events(6, 0, d, 700), d);

        RecordingScore s = score(ref, ref);

        assertThat(s.sample().tp()).isEqualTo(s.sample().refTrue());
        assertThat(s.sample().fp()).isZero();
        assertThat(s.event().score().tp()).isEqualTo(s.event().score().refTrue());
        assertThat(s.event().score().fp()).isZero();
        if (s.event().score().refTrue() > 0) {
            assertThat(s.event().score().sensitivity()).isEqualTo(1.0);
            assertThat(s.event().score().f1()).isEqualTo(1.0);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingADetectionNeverLowersTruePositives(long seed) {
        RandomRecordings gen = new RandomRecordings(seed);
        int d = gen.duration();
        AnnotationFile ref = RandomRecordings.file("ref", gen.events(5, 0, d, 400), d);
        List<Detection> hyp = new ArrayList<>(gen.events(5, 0, d, 400));
        RecordingScore before = score(ref, RandomRecordings.file("hyp", hyp, d));

        hyp.addAll(gen.events(1, 0, d, 400));
        hyp.add(Detection.seizure(gen.random().nextInt(d), 1 + gen.random().nextInt(100), Double.NaN));
        RecordingScore after = score(ref, RandomRecordings.file("hyp", hyp, d));

        assertThat(after.sample().tp()).isGreaterThanOrEqualTo(before.sample().tp());
        assertThat(after.event().score().tp())
                .isGreaterThanOrEqualTo(before.event().score().tp());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shiftingEveryEventByWholeSecondsInsideTheRecordingKeepsTheCounts(long seed) {
        RandomRecordings gen = new RandomRecordings(seed);
        int d = gen.duration();
        int maxShift = 600;
        List<Detection> ref = gen.events(5, 100, d - 100 - maxShift, 400);
        List<Detection> hyp = gen.events(6, 100, d - 100 - maxShift, 400);
        int shift = gen.random().nextInt(maxShift + 1);

        RecordingScore before = score(RandomRecordings.file("ref", ref, d), RandomRecordings.file("hyp", hyp, d));
        RecordingScore after = score(
                RandomRecordings.file("ref", RandomRecordings.shifted(ref, shift), d),
                RandomRecordings.file("hyp", RandomRecordings.shifted(hyp, shift), d));

        assertThat(after.sample()).isEqualTo(before.sample());
        assertThat(after.event().score()).isEqualTo(before.event().score());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergingIsIdempotentEvenOnUnsortedInput(long seed) {
        Random random = new Random(seed);
        List<Interval> events = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            double start = random.nextInt(5000);
            events.add(new Interval(start, start + random.nextInt(400)));
        }
        if (seed % 2 == 0) {
            events.sort((a, b) -> Double.compare(a.start(), b.start()));
        }

        List<Interval> once = EventLists.merge(events, 90);

        assertThat(EventLists.merge(once, 90)).isEqualTo(once);
        for (int i = 1; i < once.size(); i++) {
            assertThat(once.get(i).start() - once.get(i - 1).end()).isGreaterThanOrEqualTo(90);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void splittingGivesAdjacentPiecesOfAtMostTheMaximumCoveringTheSameTime(long seed) {
        Random random = new Random(seed);
        double start = random.nextInt(1000);
        Interval event = new Interval(start, start + 1 + random.nextInt(2000));

        List<Interval> pieces = EventLists.split(List.of(event), 300);

        assertThat(pieces.get(0).start()).isEqualTo(event.start());
        assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(event.end());
        for (int i = 0; i < pieces.size(); i++) {
            assertThat(pieces.get(i).duration()).isLessThanOrEqualTo(300);
            if (i > 0) {
                assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end());
            }
        }
        assertThat(EventLists.split(pieces, 300)).isEqualTo(pieces);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void rowOrderDoesNotMatter(long seed) {
        RandomRecordings gen = new RandomRecordings(seed);
        int d = gen.duration();
        AnnotationFile ref = RandomRecordings.file("ref", gen.events(4, 0, d, 300), d);
        List<Detection> hyp = new ArrayList<>(gen.events(8, 0, d, 300));
        RecordingScore sorted = score(ref, RandomRecordings.file("hyp", hyp, d));

        Collections.shuffle(hyp, gen.random());
        RecordingScore shuffled = score(ref, RandomRecordings.file("hyp", hyp, d));

        assertThat(shuffled.sample()).isEqualTo(sorted.sample());
        assertThat(shuffled.event()).isEqualTo(sorted.event());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void countsStayConsistentAndBothF1VersionsAgreeWhereDefined(long seed) {
        RandomRecordings gen = new RandomRecordings(seed);
        int d = gen.duration();
        RecordingScore s = score(
                RandomRecordings.file("ref", gen.events(4, 0, d, 500), d),
                RandomRecordings.file("hyp", gen.events(6, 0, d, 500), d));

        for (Score c : List.of(s.sample(), s.event().score())) {
            assertThat(c.tp()).isBetween(0L, c.refTrue());
            assertThat(c.fp()).isBetween(0L, c.numSamples());
            if (!Double.isNaN(c.f1V006())) {
                assertThat(c.f1()).isCloseTo(c.f1V006(), within(1e-12));
            }
        }
        assertThat(s.sample().tp() + s.sample().fp()).isLessThanOrEqualTo(d);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void corruptedFilesGiveAnAnnotationErrorOrAScoreNeverAnythingElse(long seed) {
        RandomRecordings gen = new RandomRecordings(seed);
        int d = gen.duration();
        AnnotationFile ref = RandomRecordings.file("ref", gen.events(3, 0, d, 300), d);
        StringBuilder text = new StringBuilder(AnnotationWriter.format(gen.events(4, 0, d, 300), d, null));
        String alphabet = "\t\n\r -_.,xzbckgsn/aA0123456789e\uFEFF";
        for (int edits = 1 + gen.random().nextInt(4); edits > 0; edits--) {
            int at = gen.random().nextInt(text.length());
            char c = alphabet.charAt(gen.random().nextInt(alphabet.length()));
            switch (gen.random().nextInt(3)) {
                case 0 -> text.insert(at, c);
                case 1 -> text.deleteCharAt(at);
                default -> text.setCharAt(at, c);
            }
        }
        try {
            AnnotationFile corrupted = AnnotationReader.parse("bad.tsv", text.toString());
            score(ref, corrupted);
            score(corrupted, ref);
        } catch (InvalidAnnotationException e) {
            assertThat(e.getMessage()).startsWith("bad.tsv: ").doesNotContain("\n");
        }
    }
}
