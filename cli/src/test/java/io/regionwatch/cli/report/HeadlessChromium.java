package io.regionwatch.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's chromium, headless and offline, for loading a report and taking its screenshot. */
final class HeadlessChromium {
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private final Path binary;
    private final Path profile;

    /** What one run printed. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    private HeadlessChromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** The installed browser, or null when there is none. */
    static HeadlessChromium find(Path profile) {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst()
                .map(p -> new HeadlessChromium(p, profile)).orElse(null);
    }

    Run dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page, "");
    }

    /** The DOM after load, with {@code fragment} (such as {@code #region=x}) appended to the address. */
    Run dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        return run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri() + fragment));
    }

    Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                page.toUri().toString()));
    }

    private Run run(List<String> extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(extra);
        Path out = Files.createTempFile(profile.getParent(), "chromium-out", ".txt");
        Path err = Files.createTempFile(profile.getParent(), "chromium-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                throw new IOException("chromium did not finish in 90 s");
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
