/**
 * The typed Sigma document model as loaded from YAML, before any field mapping or compilation:
 * detection rules, correlation rules and filters, each element carrying its source position.
 */
package io.regionwatch.sigma.model;
