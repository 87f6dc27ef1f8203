package io.regionwatch.cli.simulate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** The output folder: writes files by '/'-separated relative path and remembers what it wrote. */
final class OutputTree {

    private final Path root;
    private final List<String> written = new ArrayList<>();

    OutputTree(Path root) {
        this.root = root;
    }

    void writeText(String relative, String text) throws IOException {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    void writeGzip(String relative, String text) throws IOException {
        write(relative, gzip(text.getBytes(StandardCharsets.UTF_8)));
    }

    List<String> written() {
        return written.stream().sorted().toList();
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path target = root.resolve(relative.replace('/', java.io.File.separatorChar));
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        written.add(relative);
    }

    /** GZIPOutputStream writes a zero mtime in its header, so equal input gives equal bytes. */
    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
