/** Rule metadata as Elastic's detection rules define it: identity, scoring, ATT&amp;CK mapping, documentation. */
package io.regionwatch.core.rule;
