package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code sample by k [f1] [f2] ...}: unordered groups of events sharing the join keys, one event per
 * filter in filter order, up to {@code maxSamplesPerKey} per key value, keys in ascending order as
 * Elasticsearch's composite aggregation returns them. Only a few candidates per filter and key are
 * kept, so memory is bounded by the number of key values (itself capped).
 */
public final class SampleRunner implements Runner {
    private final StagePlan[] stages;
    private final int maxSamplesPerKey;
    private final int candidatesPerFilter;
    private final Map<List<Object>, List<List<Candidate>>> byKey;

    private record Candidate(Event event, Ordinal ordinal) {
    }

    @Override
    public io.regionwatch.core.match.Matcher candidates() {
        return StagePlan.anyOf(java.util.Arrays.asList(stages));
    }

    @Override
    public boolean stateful() {
        return true;
    }

    public SampleRunner(List<StagePlan> stages, int maxSamplesPerKey, int maxKeys) {
        this.stages = stages.toArray(new StagePlan[0]);
        this.maxSamplesPerKey = maxSamplesPerKey;
        this.candidatesPerFilter = maxSamplesPerKey * stages.size();
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Object>, List<List<Candidate>>> eldest) {
                return size() > maxKeys;
            }
        };
    }

    @Override
    public void accept(Event event, Ordinal ordinal, ResultSink sink) {
        for (int s = 0; s < stages.length; s++) {
            if (!stages[s].filter().matches(event)) {
                continue;
            }
            for (List<Object> key : stages[s].keys().tuples(event)) {
                List<Candidate> slot = candidates(key).get(s);
                if (slot.size() < candidatesPerFilter) {
                    slot.add(new Candidate(event, ordinal));
                }
            }
        }
    }

    private List<List<Candidate>> candidates(List<Object> key) {
        return byKey.computeIfAbsent(key, k -> {
            List<List<Candidate>> perFilter = new ArrayList<>(stages.length);
            for (int s = 0; s < stages.length; s++) {
                perFilter.add(new ArrayList<>(1));
            }
            return perFilter;
        });
    }

    @Override
    public void finish(ResultSink sink) {
        List<List<Object>> keys = new ArrayList<>(byKey.keySet());
        keys.sort(KEY_ORDER);
        for (List<Object> key : keys) {
            List<List<Candidate>> perFilter = byKey.get(key);
            Set<Event> used = new HashSet<>();
            for (int n = 0; n < maxSamplesPerKey; n++) {
                List<Candidate> sample = pick(perFilter, used);
                if (sample == null) {
                    break;
                }
                sink.emit(sample.stream().map(Candidate::event).toList(), sample.get(0).ordinal());
            }
        }
        byKey.clear();
    }

    private static List<Candidate> pick(List<List<Candidate>> perFilter, Set<Event> used) {
        List<Candidate> sample = new ArrayList<>();
        for (List<Candidate> slot : perFilter) {
            Candidate chosen = slot.stream().filter(c -> !used.contains(c.event())).findFirst().orElse(null);
            if (chosen == null) {
                return null;
            }
            used.add(chosen.event());
            sample.add(chosen);
        }
        return sample;
    }

    private static final Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null || y == null) {
                if (x != y) {
                    return x == null ? -1 : 1;
                }
                continue;
            }
            Integer c = Values.compare(x, y);
            int order = c != null ? c : x.getClass().getName().compareTo(y.getClass().getName());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    @Override
    public int stateSize() {
        return byKey.size();
    }
}
