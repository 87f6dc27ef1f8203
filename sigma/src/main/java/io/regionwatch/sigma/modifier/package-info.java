/**
 * Sigma values and value modifiers. Each modifier is one small class registered by name in
 * {@link io.regionwatch.sigma.modifier.Modifiers}; applied left to right, they rewrite the typed
 * values of one detection item and set its flags (all, cased, neq) before compilation.
 */
package io.regionwatch.sigma.modifier;
