package io.qqhi.framework;

import java.util.List;

/**
 * A comparison pool: units are normalised and ranked only against the others of their pool. Its
 * id is what units.csv writes, its name what people read (区县市, 重点乡镇).
 */
public record Pool(String id, String name) {
    /** Ningbo's two pools, when a framework declares none. */
    public static final List<Pool> DEFAULTS = List.of(new Pool("district", "区（县、市）"), new Pool("township", "重点乡镇"));
}
