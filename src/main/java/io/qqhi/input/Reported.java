package io.qqhi.input;

/** One figure a department reported: unit × item = value, and where it was written. */
public record Reported(String unit, String item, double value, String department, String file, int line, int column) {
}
