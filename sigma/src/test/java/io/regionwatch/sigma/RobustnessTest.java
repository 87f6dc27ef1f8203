package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Loading never fails with anything but diagnostics: real rules mangled at random (fixed seed, so
 * failures reproduce) must give a report, and every error must carry a position.
 */
class RobustnessTest {
    private static final String ALPHABET = "|*?\\%:-[]{}'\"#&!\n ()01anotdf_.";

    @Test
    void mangledRulesOnlyEverProduceDiagnostics() throws Exception {
        Path dir = Shared.dir("data/public/sigma/rules/cloud/aws/cloudtrail");
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.sorted().limit(20).toList();
        }
        Random random = new Random(20261128);
        int reports = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            for (int round = 0; round < 40; round++) {
                String mangled = mangle(text, random);
                LoadReport report = Sigma.check(mangled, file.getFileName().toString(), SigmaOptions.defaults());
                report.diagnostics().forEach(d -> assertThat(d.span().line()).as(d.toString()).isPositive());
                reports++;
            }
        }
        assertThat(reports).isEqualTo(800);
    }

    private static String mangle(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
