/**
 * The event model every stage shares: an ECS document as a tree of plain Java values, the dotted
 * {@link io.regionwatch.core.event.FieldPath} used to read it, and where the record came from.
 */
package io.regionwatch.core.event;
