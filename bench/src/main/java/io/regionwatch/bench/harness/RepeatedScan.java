package io.regionwatch.bench.harness;

import io.regionwatch.cli.Main;
import java.lang.management.ManagementFactory;

/**
 * Runs the same {@code regionwatch} command several times in one JVM and prints each run's wall and
 * CPU time: the first run pays for class loading and the JIT compiling the hot paths, the later ones
 * show the steady state a long scan settles into. {@code RepeatedScan N ARGS...}; prints
 * {@code scan run=I seconds=S cpu=C exit=E} per run.
 */
public final class RepeatedScan {
    private RepeatedScan() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = java.util.Arrays.copyOfRange(args, 1, args.length);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            int exit = Main.run(command);
            System.out.printf("scan run=%d seconds=%.3f cpu=%.3f exit=%d%n", run, (System.nanoTime() - start) / 1e9,
                    (os.getProcessCpuTime() - cpu) / 1e9, exit);
            if (exit != 0) {
                System.exit(exit);
            }
        }
    }
}
