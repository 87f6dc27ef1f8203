/**
 * The regionwatch command line. {@link io.regionwatch.cli.Scan} wires read → normalize → evaluate →
 * alert; the commands parse options and call it. The only package that exits the JVM.
 */
package io.regionwatch.cli;
