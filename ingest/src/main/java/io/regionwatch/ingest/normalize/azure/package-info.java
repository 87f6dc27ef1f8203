/**
 * Azure Activity Log records to ECS as Elastic's {@code azure.activitylogs} pipeline maps the Event
 * Hub / storage shape; Log Analytics rows and REST/portal objects are first rewritten to that shape.
 */
package io.regionwatch.ingest.normalize.azure;
