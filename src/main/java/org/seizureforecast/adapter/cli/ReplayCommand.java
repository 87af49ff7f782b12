package org.seizureforecast.adapter.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.seizureforecast.adapter.kafka.BrokerAddressFile;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.tools.batch.EdfFrameSource;
import org.seizureforecast.tools.edf.EdfException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Streams recordings into {@code eeg.windows} as wire frames, paced by their EEG time at 1× or
 * N× (or as fast as the broker takes them with {@code --speed 0}).
 */
@Command(
        name = "replay",
        description = {
            "Stream an EDF/EDF+ recording (or every recording of a BIDS dataset) into eeg.windows.",
            "Without --bootstrap-servers it finds the embedded broker of a serve running on this machine",
            "(serve writes its address to ~/.seizure-forecast/embedded-broker)."
        })
public class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORDING", description = "an .edf file or a BIDS dataset directory")
    Path recording;

    @Option(names = "--patient", description = "patient id (key); default: the file name, or sub-XX for BIDS")
    String patient;

    @Option(
            names = "--speed",
            defaultValue = "1",
            description = "N× real time; 0 = as fast as possible (default ${DEFAULT-VALUE})")
    double speed;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT", description = "Kafka to write to")
    String bootstrapServers;

    @Option(names = "--chunk-seconds", defaultValue = "1", description = "frame length (default ${DEFAULT-VALUE} s)")
    double chunkSeconds;

    @Option(names = "--address-file", hidden = true, description = "where serve wrote its embedded broker address")
    Path addressFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (speed < 0) {
            throw new BadInputException("--speed must be >= 0, was " + speed);
        }
        List<Recordings.Recording> items = Recordings.find(recording, patient);
        String bootstrap = resolveBootstrap();
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cfg.put(ProducerConfig.ACKS_CONFIG, "all");
        cfg.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        cfg.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        cfg.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "seizure-forecast-replay");
        long frames = 0;
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer())) {
            for (Recordings.Recording r : items) {
                frames += replay(r, producer);
            }
            producer.flush();
        }
        System.err.printf(
                "replayed %d frames from %d recording(s) to %s on %s%n",
                frames, items.size(), Topics.WINDOWS, bootstrap);
        return 0;
    }

    private long replay(Recordings.Recording r, KafkaProducer<String, byte[]> producer)
            throws IOException, InterruptedException {
        long sent = 0;
        try (EdfFrameSource source = EdfFrameSource.open(r.edf(), r.patientId(), r.sessionId(), chunkSeconds);
                Progress progress = new Progress(r.edf().getFileName().toString(), source.totalRecords())) {
            long wallStart = System.nanoTime();
            long eegStart = Long.MIN_VALUE;
            Future<RecordMetadata> last = null;
            EegFrame frame;
            while ((frame = source.next()) != null) {
                if (eegStart == Long.MIN_VALUE) {
                    eegStart = frame.startMicros();
                }
                pace(wallStart, frame.endMicros() - eegStart);
                last = producer.send(new ProducerRecord<>(Topics.WINDOWS, frame.patientId(), FrameCodec.encode(frame)));
                sent++;
                progress.update(source.recordsRead());
            }
            if (last != null) {
                last.get(30, TimeUnit.SECONDS);
            }
        } catch (EdfException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BadInputException("cannot write to Kafka: " + e.getMessage(), e);
        }
        return sent;
    }

    /** Sleeps until the frame's end, scaled by the speed, has passed on the wall clock. */
    private void pace(long wallStartNanos, long eegOffsetMicros) throws InterruptedException {
        if (speed == 0) {
            return;
        }
        long due = wallStartNanos + (long) (eegOffsetMicros * 1000 / speed);
        long wait = due - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private String resolveBootstrap() throws IOException {
        if (bootstrapServers != null) {
            return bootstrapServers;
        }
        Path file = addressFile != null ? addressFile : BrokerAddressFile.defaultPath();
        return BrokerAddressFile.read(file)
                .orElseThrow(() -> new BadInputException(
                        "no Kafka to write to: no running serve with an embedded broker found (" + file
                                + " is absent or stale); start `serve` first or pass --bootstrap-servers HOST:PORT"));
    }
}
