package io.regionwatch.sigma.model;

import java.util.List;

/**
 * The descriptive fields shared by every Sigma document type. Absent optional text is null and
 * absent lists are empty, so callers never see an absent list.
 */
public record SigmaMeta(
        String title,
        String id,
        String name,
        String status,
        String description,
        String license,
        String taxonomy,
        List<String> references,
        List<String> authors,
        String date,
        String modified,
        List<String> tags,
        List<String> fields,
        List<String> falsePositives,
        String level) {

    public SigmaMeta {
        references = List.copyOf(references);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        fields = List.copyOf(fields);
        falsePositives = List.copyOf(falsePositives);
    }
}
