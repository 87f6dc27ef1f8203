package io.regionwatch.cli.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** One JSON document per line, to a file or standard output ({@code -}). */
public final class NdjsonWriter implements Closeable {
    private static final ObjectMapper JSON = JsonMapper.builder(
            tools.jackson.core.json.JsonFactory.builder().characterEscapes(new TerminalSafeEscapes()).build()).build();
    private final Writer out;
    private final boolean ownsStream;
    private long written;

    private NdjsonWriter(Writer out, boolean ownsStream) {
        this.out = out;
        this.ownsStream = ownsStream;
    }

    /** Opens {@code target}: {@code -} is standard output (left open on close), anything else a file. */
    public static NdjsonWriter open(String target) throws IOException {
        return open(target, null);
    }

    /** As {@link #open(String)}, with {@code -} meaning {@code stdout} (the command's output writer) when given. */
    public static NdjsonWriter open(String target, Writer stdout) throws IOException {
        if ("-".equals(target)) {
            return new NdjsonWriter(stdout != null ? stdout : writer(System.out), false);
        }
        Path path = Path.of(target);
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return new NdjsonWriter(writer(Files.newOutputStream(path)), true);
    }

    private static Writer writer(OutputStream stream) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    public void write(Object document) throws IOException {
        out.write(JSON.writeValueAsString(document));
        out.write('\n');
        written++;
    }

    /** Pushes buffered lines to the file now (for rare, must-not-lose records such as dead letters). */
    public void flush() throws IOException {
        out.flush();
    }

    public long written() {
        return written;
    }

    public static String toJson(Object document) {
        return JSON.writeValueAsString(document);
    }

    @Override
    public void close() throws IOException {
        if (ownsStream) {
            out.close();
        } else {
            out.flush();
        }
    }
}
