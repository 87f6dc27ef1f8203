package io.regionwatch.core.alert;

import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Documents;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.rule.RuleMetadata;
import io.regionwatch.core.rule.Threat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds alert documents the way Elastic Security's detection engine does for event-query rules:
 * the source event's fields merged in, {@code kibana.alert.*} describing the rule and the match, a
 * copy of {@code event.*} under {@code kibana.alert.original_event}, and ECS {@code threat.*}.
 */
public final class AlertFactory {
    private static final String SPACE = "default";
    private final Clock clock;

    public AlertFactory(Clock clock) {
        this.clock = clock;
    }

    /** An alert for one matching event. */
    public Alert forEvent(RuleMetadata rule, Event event) {
        String uuid = AlertIds.forEvents(rule.ruleId(), List.of(event));
        Map<String, Object> doc = new LinkedHashMap<>();
        deepMerge(doc, event.document());
        DocumentBuilder alert = new DocumentBuilder();
        alert.set("@timestamp", clock.instant().toString());
        alert.set("event.kind", "signal");
        alert.set("kibana.space_ids", List.of(SPACE));
        alert.set("kibana.alert.uuid", uuid);
        alert.set("kibana.alert.status", "active");
        alert.set("kibana.alert.workflow_status", "open");
        alert.set("kibana.alert.depth", 1L);
        alert.set("kibana.alert.severity", rule.severity().label());
        alert.set("kibana.alert.risk_score", (long) rule.riskScore());
        alert.set("kibana.alert.reason", AlertReasons.forEvent(rule, event));
        alert.set("kibana.alert.original_time", event.get("@timestamp"));
        alert.set("kibana.alert.original_event", event.document().get("event"));
        alert.set("kibana.alert.ancestors", List.of(ancestor(event)));
        alert.set("kibana.alert.building_block_type", rule.buildingBlockType());
        alert.set("kibana.alert.rule", ruleSnapshot(rule));
        alert.set("threat", ecsThreat(rule.threat()));
        alert.set("kibana.alert.investigation.first_steps", firstSteps(rule));
        alert.set("log.file.path", event.origin().source());
        if (event.origin().line() > 0) {
            alert.set("log.file.line", event.origin().line());
        }
        deepMerge(doc, alert.build());
        return new Alert(uuid, rule.ruleId(), rule.name(), List.of(event), doc);
    }

    /**
     * Alerts for one matched sequence, as Elastic writes them: a building-block alert per event
     * ({@code kibana.alert.group.index} = its stage) and one shell alert whose body is what all
     * events share; all carry the shell's id as {@code kibana.alert.group.id}.
     */
    public List<Alert> forSequence(RuleMetadata rule, List<Event> events) {
        String groupId = AlertIds.forEvents(rule.ruleId(), events);
        List<Alert> alerts = new ArrayList<>();
        List<Object> ancestors = new ArrayList<>();
        Map<String, Object> shared = null;
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            Alert block = forEvent(rule, event);
            String uuid = AlertIds.forEvents(rule.ruleId() + ":" + groupId + ":" + i, List.of(event));
            Map<String, Object> doc = block.document();
            DocumentBuilder extra = new DocumentBuilder();
            extra.set("kibana.alert.uuid", uuid);
            extra.set("kibana.alert.building_block_type", "default");
            extra.set("kibana.alert.group.id", groupId);
            extra.set("kibana.alert.group.index", (long) i);
            deepMerge(doc, extra.build());
            alerts.add(new Alert(uuid, rule.ruleId(), rule.name(), List.of(event), doc));
            ancestors.add(ancestor(event));
            shared = shared == null ? event.document() : Intersection.of(shared, event.document());
        }
        alerts.add(0, shell(rule, events, groupId, ancestors, shared));
        return alerts;
    }

    /**
     * A synthetic alert for an aggregate (threshold) result, as Elastic writes them: no single source
     * event, the group's field values at their ECS paths, the result fields, and the evidence
     * events as ancestors.
     */
    public Alert forAggregate(RuleMetadata rule, Map<String, Object> groupFields, Map<String, Object> resultFields,
            List<Event> evidence) {
        String uuid = AlertIds.forEvents(rule.ruleId() + ":" + new java.util.TreeMap<>(groupFields), evidence);
        DocumentBuilder b = new DocumentBuilder();
        groupFields.forEach(b::set);
        b.set("@timestamp", clock.instant().toString());
        b.set("event.kind", "signal");
        b.set("kibana.space_ids", List.of(SPACE));
        b.set("kibana.alert.uuid", uuid);
        b.set("kibana.alert.status", "active");
        b.set("kibana.alert.workflow_status", "open");
        b.set("kibana.alert.depth", 1L);
        b.set("kibana.alert.severity", rule.severity().label());
        b.set("kibana.alert.risk_score", (long) rule.riskScore());
        b.set("kibana.alert.reason", AlertReasons.forAggregate(rule, groupFields, evidence.size()));
        b.set("kibana.alert.original_time", evidence.isEmpty() ? null : evidence.get(0).get("@timestamp"));
        List<Object> ancestors = new ArrayList<>();
        evidence.forEach(e -> ancestors.add(ancestor(e)));
        b.set("kibana.alert.ancestors", ancestors);
        b.set("kibana.alert.rule", ruleSnapshot(rule));
        b.set("threat", ecsThreat(rule.threat()));
        b.set("kibana.alert.investigation.first_steps", firstSteps(rule));
        Map<String, Object> doc = b.build();
        deepMerge(doc, resultFields);
        return new Alert(uuid, rule.ruleId(), rule.name(), evidence, doc);
    }

    private Alert shell(RuleMetadata rule, List<Event> events, String groupId, List<Object> ancestors,
            Map<String, Object> shared) {
        Map<String, Object> doc = new LinkedHashMap<>();
        deepMerge(doc, shared == null ? Map.of() : shared);
        Event first = events.get(0);
        DocumentBuilder b = new DocumentBuilder();
        b.set("@timestamp", clock.instant().toString());
        b.set("event.kind", "signal");
        b.set("kibana.space_ids", List.of(SPACE));
        b.set("kibana.alert.uuid", groupId);
        b.set("kibana.alert.group.id", groupId);
        b.set("kibana.alert.status", "active");
        b.set("kibana.alert.workflow_status", "open");
        b.set("kibana.alert.depth", 1L);
        b.set("kibana.alert.severity", rule.severity().label());
        b.set("kibana.alert.risk_score", (long) rule.riskScore());
        b.set("kibana.alert.reason", AlertReasons.forSequence(rule, events));
        b.set("kibana.alert.original_time", first.get("@timestamp"));
        b.set("kibana.alert.ancestors", ancestors);
        b.set("kibana.alert.rule", ruleSnapshot(rule));
        b.set("threat", ecsThreat(rule.threat()));
        b.set("kibana.alert.investigation.first_steps", firstSteps(rule));
        deepMerge(doc, b.build());
        return new Alert(groupId, rule.ruleId(), rule.name(), events, doc);
    }

    /** The guide's first steps, copied into every alert (regionwatch's addition to Elastic's shape). */
    private static List<String> firstSteps(RuleMetadata rule) {
        List<String> steps = FirstSteps.of(rule.note());
        return steps.isEmpty() ? null : steps;
    }

    private static Map<String, Object> ancestor(Event event) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", AlertIds.eventKey(event));
        a.put("type", "event");
        a.put("index", event.origin().source());
        a.put("depth", 0L);
        return a;
    }

    static Map<String, Object> ruleSnapshot(RuleMetadata rule) {
        DocumentBuilder r = new DocumentBuilder();
        r.set("uuid", rule.ruleId());
        r.set("rule_id", rule.ruleId());
        r.set("name", rule.name());
        r.set("description", rule.description());
        r.set("type", rule.type());
        r.set("language", rule.language());
        r.set("query", rule.query());
        r.set("version", (long) rule.version());
        r.set("severity", rule.severity().label());
        r.set("risk_score", (long) rule.riskScore());
        r.set("author", rule.author());
        r.set("license", rule.license());
        r.set("tags", rule.tags());
        r.set("references", rule.references());
        r.set("false_positives", rule.falsePositives());
        r.set("threat", elasticThreat(rule.threat()));
        r.set("max_signals", (long) rule.maxSignals());
        r.set("note", rule.note());
        r.set("consumer", "siem");
        return r.build();
    }

    private static List<Object> elasticThreat(List<Threat> threats) {
        List<Object> out = new ArrayList<>();
        for (Threat t : threats) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("framework", t.framework());
            m.put("tactic", entry(t.tactic()));
            List<Object> techniques = new ArrayList<>();
            for (Threat.Technique tech : t.techniques()) {
                Map<String, Object> tm = entry(tech.entry());
                List<Object> subs = new ArrayList<>();
                tech.subtechniques().forEach(s -> subs.add(entry(s)));
                tm.put("subtechnique", subs);
                techniques.add(tm);
            }
            m.put("technique", techniques);
            out.add(m);
        }
        return out;
    }

    /** ECS {@code threat.*}: flat arrays of tactic and technique ids, names and references. */
    private static Map<String, Object> ecsThreat(List<Threat> threats) {
        if (threats.isEmpty()) {
            return null;
        }
        DocumentBuilder b = new DocumentBuilder();
        b.set("framework", threats.get(0).framework());
        List<Object> tacticIds = new ArrayList<>();
        List<Object> tacticNames = new ArrayList<>();
        List<Object> tacticRefs = new ArrayList<>();
        List<Object> techIds = new ArrayList<>();
        List<Object> techNames = new ArrayList<>();
        List<Object> techRefs = new ArrayList<>();
        for (Threat t : threats) {
            tacticIds.add(t.tactic().id());
            tacticNames.add(t.tactic().name());
            tacticRefs.add(t.tactic().reference());
            for (Threat.Technique tech : t.techniques()) {
                techIds.add(tech.entry().id());
                techNames.add(tech.entry().name());
                techRefs.add(tech.entry().reference());
            }
        }
        b.set("tactic.id", tacticIds).set("tactic.name", tacticNames).set("tactic.reference", tacticRefs);
        b.set("technique.id", techIds).set("technique.name", techNames).set("technique.reference", techRefs);
        return b.build();
    }

    private static Map<String, Object> entry(Threat.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("reference", e.reference());
        return m;
    }

    private static void deepMerge(Map<String, Object> target, Map<String, Object> source) {
        Documents.deepMerge(target, source);
    }
}
