package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wall time to simulate and write patients, without the CLI:
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/classes:target/test-classes org.seizureforecast.tools.sim.SimulatorBench out-dir [hours] [patients] [seed] [threads] [seizures]
 * </pre>
 */
public final class SimulatorBench {
    private SimulatorBench() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        double hours = args.length > 1 ? Double.parseDouble(args[1]) : 24;
        int patients = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        int seizures = args.length > 5 ? Integer.parseInt(args[5]) : -1;
        SimulationOptions o =
                new SimulationOptions(patients, hours, seed, 1, Montage.BIPOLAR, seizures, Double.NaN, threads);
        AtomicLong done = new AtomicLong();
        long t0 = System.nanoTime();
        new DatasetSimulator(o).write(out, done::addAndGet);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d patient(s) x %.2f h on %d thread(s): %.1f s wall, %.0f x real time%n",
                patients,
                hours,
                threads,
                seconds,
                done.get() / seconds);
    }
}
