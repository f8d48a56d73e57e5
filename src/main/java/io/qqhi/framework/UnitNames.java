package io.qqhi.framework;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How messages name a place: 庵东镇（andong） rather than the bare code. The unit registry of the
 * data being read records the names here; a code without a known name is shown as it is.
 */
public final class UnitNames {
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private UnitNames() {
    }

    /** Records the names of a registry's places (code → name). */
    public static void record(Map<String, String> codeToName) {
        NAMES.putAll(codeToName);
    }

    /** A place as messages name it: its name with the code in brackets, or the code when the name is unknown or the same. */
    public static String display(String code) {
        String name = code == null ? null : NAMES.get(code);
        return name == null || name.isEmpty() || name.equals(code) ? code : Text.of("problem.unit-named", name, code);
    }
}
