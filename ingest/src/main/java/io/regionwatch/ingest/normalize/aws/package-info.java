/** AWS CloudTrail records to ECS, as Elastic's {@code aws.cloudtrail} pipeline maps them. */
package io.regionwatch.ingest.normalize.aws;
