/**
 * The public face of the Sigma module: {@link io.regionwatch.sigma.Sigma} loads files, folders or
 * text into {@link io.regionwatch.sigma.CompiledSigmaRule}s, each with its metadata and a core
 * {@link io.regionwatch.core.engine.Detection}.
 */
package io.regionwatch.sigma;
