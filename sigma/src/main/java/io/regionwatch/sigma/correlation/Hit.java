package io.regionwatch.sigma.correlation;

import io.regionwatch.core.event.Event;

/** A matched event inside a window: when it happened, which member matched, and its aggregated value. */
record Hit(long time, int member, Object value, Event event) {
}
