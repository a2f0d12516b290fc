package dev.passage.cases;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Ids by name, found by the exact name or else ignoring case ("north" finds the unit "North"). */
final class NameIndex {
    private final Map<String, Long> exact = new HashMap<>();
    private final Map<String, Long> folded = new HashMap<>();

    NameIndex(Map<String, Long> ids) {
        ids.forEach(this::add);
    }

    void add(String name, long id) {
        exact.put(name, id);
        folded.putIfAbsent(name.toLowerCase(Locale.ROOT), id);
    }

    Long find(String name) {
        Long id = exact.get(name);
        return id != null ? id : folded.get(name.toLowerCase(Locale.ROOT));
    }
}
