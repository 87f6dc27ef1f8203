package io.regionwatch.sigma;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds rule files under a folder (sorted, hidden entries skipped) and reads them as strict UTF-8. */
final class SigmaFiles {
    /** Rule files larger than this are refused before parsing. */
    static final long MAX_BYTES = 4L << 20;

    private SigmaFiles() {
    }

    static List<Path> list(Path root) throws IOException {
        if (!Files.exists(root)) {
            throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such rule file or folder");
        }
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().startsWith(".") && !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    /** The file's text, or an IOException whose message says why it cannot be a rule file. */
    static String read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("file is larger than " + MAX_BYTES + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("file is not valid UTF-8", e);
        }
    }
}
