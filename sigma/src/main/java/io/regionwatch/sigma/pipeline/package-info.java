/**
 * Field mapping as data: per log source, YAML tables (resources beside this package) that rename
 * Sigma field names to the ECS fields of regionwatch's normalized events, plus the condition the
 * log source itself stands for (such as {@code event.dataset == "aws.cloudtrail"}).
 */
package io.regionwatch.sigma.pipeline;
