package io.regionwatch.eql.exec;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import java.util.List;

/** An event query: every event the filter accepts is a result. */
public final class EventRunner implements Runner {
    private final Matcher filter;

    public EventRunner(Matcher filter) {
        this.filter = filter;
    }

    public Matcher filter() {
        return filter;
    }

    /** Only an event passing the filter can become a result; pipes see results only. */
    @Override
    public Matcher candidates() {
        return filter;
    }

    @Override
    public boolean needsOrdinal() {
        return false;
    }

    @Override
    public void accept(Event event, Ordinal ordinal, ResultSink sink) {
        if (filter.matches(event)) {
            sink.emit(List.of(event), ordinal);
        }
    }
}
