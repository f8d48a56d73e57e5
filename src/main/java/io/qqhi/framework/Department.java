package io.qqhi.framework;

/** A government department that supplies data items. */
public record Department(String id, String name, String nameEn, SourcePosition at) {
}
