/** The user's configuration ({@code regionwatch.yml}): approved regions and other organization facts rules refer to. */
package io.regionwatch.cli.config;
