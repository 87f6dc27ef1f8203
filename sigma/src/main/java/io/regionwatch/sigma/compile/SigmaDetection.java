package io.regionwatch.sigma.compile;

import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.engine.MatchListener;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.match.Matcher;
import java.util.List;

/** A stateless Sigma rule as a streaming detection: each matching event is one match. */
public record SigmaDetection(Matcher matcher) implements Detection {
    @Override
    public void accept(Event event, MatchListener listener) {
        if (matcher.matches(event)) {
            listener.onMatch(List.of(event));
        }
    }

    @Override
    public Matcher eventFilter() {
        return matcher;
    }
}
