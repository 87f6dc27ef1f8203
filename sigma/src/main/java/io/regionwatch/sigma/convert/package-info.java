/**
 * Converts Sigma rules to other query languages. Only Elastic EQL so far: the same modifier
 * application and field mapping as the compiler, written out as an {@code any where} query.
 */
package io.regionwatch.sigma.convert;
