package org.seizureforecast.tools.sim;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * The vigilance state of every second of a patient's recording. Awake hours alternate eyes
 * open and short eyes-closed spells; between the patient's bedtime and wake time the night
 * runs in 80–110 min NREM–REM cycles (N1 at sleep onset; N3 most in the first cycles; REM
 * lengthening towards morning; a brief awakening after each REM period), the classic
 * architecture described by Carskadon &amp; Dement. Immutable after construction.
 */
public final class Hypnogram {
    private final byte[] stages;

    Hypnogram(PatientParameters p, LocalDateTime start, int seconds, SplittableRandom r) {
        stages = new byte[seconds];
        int t = 0;
        while (t < seconds) {
            LocalDateTime now = start.plusSeconds(t);
            int untilWake = secondsUntil(now.toLocalTime(), p.wakeTime());
            if (inNight(now.toLocalTime(), p.bedtime(), p.wakeTime())) {
                t = night(p, t, Math.min(seconds, t + untilWake), r);
            } else {
                int untilBed = secondsUntil(now.toLocalTime(), p.bedtime());
                t = day(p, t, Math.min(seconds, t + untilBed), r);
            }
        }
    }

    public int seconds() {
        return stages.length;
    }

    public SleepStage at(int second) {
        return SleepStage.values()[stages[Math.max(0, Math.min(stages.length - 1, second))]];
    }

    private int day(PatientParameters p, int from, int to, SplittableRandom r) {
        int t = from;
        while (t < to) {
            // eyes-open spells sized so that eyes-closed time is the patient's fraction on average
            double closedSpell = r.nextDouble(10, 120);
            double openSpell =
                    closedSpell * (1 - p.eyesClosedFraction()) / p.eyesClosedFraction() * r.nextDouble(0.5, 1.5);
            t = fill(t, to, (int) openSpell, SleepStage.AWAKE_EYES_OPEN);
            t = fill(t, to, (int) closedSpell, SleepStage.AWAKE_EYES_CLOSED);
        }
        return to;
    }

    private int night(PatientParameters p, int from, int to, SplittableRandom r) {
        int t = fill(from, to, (int) (r.nextDouble(5, 15) * 60), SleepStage.AWAKE_EYES_CLOSED);
        t = fill(t, to, (int) (r.nextDouble(3, 8) * 60), SleepStage.N1);
        for (int cycle = 0; t < to; cycle++) {
            double length = p.sleepCycleMinutes() * 60 * r.nextDouble(0.9, 1.1);
            double n3 = Math.max(0, 0.35 - 0.12 * cycle);
            double rem = Math.min(0.35, 0.1 + 0.07 * cycle);
            double n2 = 1 - n3 - rem;
            t = fill(t, to, (int) (length * n2 * 0.5), SleepStage.N2);
            t = fill(t, to, (int) (length * n3), SleepStage.N3);
            t = fill(t, to, (int) (length * n2 * 0.5), SleepStage.N2);
            t = fill(t, to, (int) (length * rem), SleepStage.REM);
            t = fill(t, to, (int) r.nextDouble(20, 120), SleepStage.AWAKE_EYES_CLOSED);
            t = fill(t, to, (int) r.nextDouble(30, 120), SleepStage.N1);
        }
        return to;
    }

    private int fill(int from, int to, int length, SleepStage stage) {
        int end = Math.min(to, from + Math.max(1, length));
        for (int t = from; t < end; t++) {
            stages[t] = (byte) stage.ordinal();
        }
        return end;
    }

    static boolean inNight(LocalTime now, LocalTime bedtime, LocalTime wake) {
        return bedtime.isAfter(wake)
                ? !now.isBefore(bedtime) || now.isBefore(wake)
                : !now.isBefore(bedtime) && now.isBefore(wake);
    }

    /** Seconds from {@code now} to the next {@code target} clock time (1..86400). */
    static int secondsUntil(LocalTime now, LocalTime target) {
        int d = target.toSecondOfDay() - now.toSecondOfDay();
        return d <= 0 ? d + 86_400 : d;
    }
}
