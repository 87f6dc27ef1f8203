/**
 * Normalizers: route each JSON record by its shape (CloudTrail, Azure Activity Log in its three
 * shapes, GCP Cloud Audit Log, known envelopes) and map it to ECS as Elastic's integrations do,
 * with the deliberate differences listed in {@code docs/ecs-mapping.md}.
 */
package io.regionwatch.ingest.normalize;
