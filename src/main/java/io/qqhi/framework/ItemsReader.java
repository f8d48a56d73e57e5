package io.qqhi.framework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the framework's {@code departments:}, {@code items:} and {@code guides:} sections (docs/formats.md):
 * who reports what, in which unit and how often, and the departments that guide the places.
 */
final class ItemsReader {
    private static final Set<String> ITEM_KEYS = Set.of("id", "name", "name_zh", "name_en", "unit", "department",
            "type", "frequency", "max", "cadence", "note");
    private static final Set<String> ITEM_TYPES = Set.of("rate", "count", "value");

    private final Problems problems;
    private final YamlFields fields;

    ItemsReader(Problems problems, YamlFields fields) {
        this.problems = problems;
        this.fields = fields;
    }

    // ---- departments, items, survey -------------------------------------------------------

    List<Department> readDepartments(YamlValue v) {
        List<Department> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "departments", "{id, name}"));
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (YamlValue d : v.items()) {
            if (!d.isMap()) {
                problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.department"), "{id: D01, name: 市纪委市监委}"));
                continue;
            }
            fields.warnUnknownKeys(d, Set.of("id", "name", "name_zh", "name_en", "note"), null);
            String id = fields.text(d, "id", null);
            if (id == null) {
                problems.error(d.at(), null, Text.of("fw.department-no-id"));
                continue;
            }
            if (!seen.add(id)) problems.error(d.at(), id, Text.of("fw.duplicate-department", id));
            out.add(new Department(id, fields.firstText(d, "name", "name_zh"), fields.text(d, "name_en", null), d.at()));
        }
        return out;
    }

    List<Item> readItems(YamlValue v, List<Department> departments) {
        List<Item> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "items", "{id, name, unit, department}"));
            return out;
        }
        List<String> depIds = departments.stream().map(Department::id).toList();
        for (YamlValue d : v.items()) {
            if (!d.isMap()) {
                problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.item"), "{id: Q19, name: 涉企诉求受理件数, unit: 件, department: D05}"));
                continue;
            }
            String id = fields.text(d, "id", null);
            fields.warnUnknownKeys(d, ITEM_KEYS, id);
            if (id == null) {
                problems.error(d.at(), null, Text.of("fw.item-no-id"));
                continue;
            }
            String dep = fields.text(d, "department", null);
            if (dep == null) {
                problems.error(d.at(), id, Text.of("fw.item-no-department"));
            } else if (!depIds.contains(dep)) {
                problems.error(d.get("department").at(), id, Text.of("fw.unknown-department", dep) + Names.didYouMean(dep, depIds));
            }
            String type = fields.text(d, "type", "value");
            if (!ITEM_TYPES.contains(type)) {
                problems.error(d.get("type").at(), id, Text.of("fw.item-type", type));
            }
            String frequency = fields.text(d, "frequency", "stock");
            if (!frequency.equals("flow") && !frequency.equals("stock")) {
                problems.error(d.get("frequency").at(), id, Text.of("fw.item-frequency", frequency));
            }
            String max = fields.text(d, "max", null);
            if (max != null && !max.equals("months")) {
                problems.error(d.get("max").at(), id, Text.of("fw.item-max", max));
            }
            String cadence = fields.text(d, "cadence", "period");
            if (!cadence.equals("period") && !cadence.equals("annual")) {
                problems.error(d.get("cadence").at(), id, Text.of("fw.item-cadence", cadence));
            }
            out.add(new Item(id, fields.firstText(d, "name", "name_zh"), fields.text(d, "name_en", null), fields.text(d, "unit", null), dep,
                    type, frequency, "months".equals(max), cadence.equals("annual"), d.at()));
        }
        return out;
    }

    /** Departments that guide the work without supplying data ({@code guides: [{id: G01, name: 市政府办公厅}]}). */
    List<Department> readGuides(YamlValue v, List<Department> departments) {
        if (v == null || v.isNull()) return List.of();
        if (!v.isList()) {
            problems.error(v.at(), null, Text.of("fw.list-of", "guides", "{id, name}"));
            return List.of();
        }
        List<Department> out = new ArrayList<>();
        for (YamlValue d : v.items()) {
            String id = d.isMap() ? fields.text(d, "id", null) : null;
            if (id == null) {
                problems.error(d.at(), null, Text.of("fw.entry-mapping", Text.of("fw.entity.guide"), "{id: G01, name: 市政府办公厅}"));
                continue;
            }
            if (departments.stream().anyMatch(x -> x.id().equals(id))) problems.error(d.at(), id, Text.of("fw.guide-department", id));
            out.add(new Department(id, fields.text(d, "name", id), fields.text(d, "name_en", null), d.at()));
        }
        return List.copyOf(out);
    }
}
