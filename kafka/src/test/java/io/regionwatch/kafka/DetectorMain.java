package io.regionwatch.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One detector instance in its own JVM, so a test can kill it with SIGKILL: {@code bootstrap
 * application-id input alerts dead-letters state-dir}. Prints {@code RUNNING} once it processes.
 */
public final class DetectorMain {
    private DetectorMain() {
    }

    public static void main(String[] args) throws Exception {
        DetectorConfig config = KafkaDetectionIT.config(args[0], args[1], List.of(args[2]), args[3], args[4], Path.of(args[5]));
        KafkaDetector detector = new KafkaDetector(config);
        detector.streams().setStateListener((now, before) -> {
            System.out.println(now);
            System.out.flush();
        });
        detector.start();
        Thread.sleep(Duration.ofMinutes(10).toMillis());
        detector.close();
    }
}
