/** Turns EQL text into tokens with positions; lexical errors are collected, never thrown one by one. */
package io.regionwatch.eql.lex;
