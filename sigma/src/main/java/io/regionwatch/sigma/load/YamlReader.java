package io.regionwatch.sigma.load;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Composes YAML text into node trees. Only the composer runs, never the constructor, so a tag such
 * as {@code !!java.lang.Runtime} is a plain tag on a node and no object is ever built from it.
 */
public final class YamlReader {
    /** Far above any real rule (SigmaHQ's largest is ~10 kB) yet small enough to bound memory. */
    public static final int MAX_CODE_POINTS = 1 << 20;
    /** Aliases are rare in rules; a small bound defeats "billion laughs" expansion. */
    public static final int MAX_ALIASES = 50;
    /** Nesting deeper than this is rejected after composing (rules nest four or five levels). */
    public static final int MAX_DEPTH = 64;

    private YamlReader() {
    }

    /** Every document of {@code text}; on a syntax error, the documents before it and one diagnostic. */
    public static List<Node> readAll(String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.source())
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        List<Node> documents = new ArrayList<>();
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            problems.error(problems.span((Node) null), "document exceeds " + MAX_CODE_POINTS + " characters");
            return documents;
        }
        try {
            for (Node node : new Compose(settings).composeAllFromString(text)) {
                if (Nodes.depth(node, 0) > MAX_DEPTH) {
                    problems.error(node, "YAML nesting deeper than " + MAX_DEPTH + " levels");
                } else {
                    documents.add(node);
                }
            }
        } catch (MarkedYamlEngineException e) {
            problems.error(problems.span(e.getProblemMark().or(e::getContextMark).orElse(null)),
                    "invalid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            problems.error(problems.span((Node) null), "invalid YAML: " + e.getMessage());
        } catch (StackOverflowError e) {
            // The composer recurses per nesting level; hostile input must not kill the loader.
            problems.error(problems.span((Node) null), "YAML nesting too deep");
        }
        return documents;
    }
}
