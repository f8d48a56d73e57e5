package io.qqhi.input;

/** A text file's content and the encoding it was read in. */
public record DecodedText(String text, String encoding, boolean hadBom) {
}
