/** GCP Cloud Audit Log entries to ECS as Elastic's {@code gcp.audit} pipeline maps them, plus our region rule. */
package io.regionwatch.ingest.normalize.gcp;
