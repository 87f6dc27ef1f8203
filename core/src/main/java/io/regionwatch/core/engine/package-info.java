/**
 * Runs compiled detections over a stream of events. A {@link io.regionwatch.core.engine.Detection}
 * is what any rule language compiles to; the engine adds rule metadata and turns matches into alerts.
 */
package io.regionwatch.core.engine;
