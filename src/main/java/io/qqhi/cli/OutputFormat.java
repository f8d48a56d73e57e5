package io.qqhi.cli;

/** Output formats of listing commands. */
public enum OutputFormat { text, json, csv }
