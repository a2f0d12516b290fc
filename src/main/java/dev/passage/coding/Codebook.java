package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Code;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable snapshot of the code hierarchy: lookups by id and by path ("Parent/Child"), children, descendants. */
public final class Codebook {
    public static final String SEPARATOR = "/";

    private final Map<Long, Code> byId = new HashMap<>();
    private final Map<Long, List<Code>> children = new HashMap<>();
    private final List<Code> roots = new ArrayList<>();

    public Codebook(List<Code> codes) {
        Comparator<Code> order = Comparator.comparingInt(Code::sortOrder).thenComparingLong(Code::id);
        for (Code c : codes) {
            byId.put(c.id(), c);
        }
        for (Code c : codes) {
            if (c.parentId() == null || !byId.containsKey(c.parentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
    }

    public List<Code> roots() {
        return List.copyOf(roots);
    }

    public List<Code> children(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    public Optional<Code> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Code get(long id) {
        Code c = byId.get(id);
        if (c == null) {
            throw new CodingException(Text.of("coding.thereCodeId", id));
        }
        return c;
    }

    public int size() {
        return byId.size();
    }

    /** Depth-first, in display order. */
    public List<Code> all() {
        List<Code> out = new ArrayList<>();
        for (Code r : roots) {
            collect(r, out);
        }
        return out;
    }

    private void collect(Code c, List<Code> out) {
        out.add(c);
        for (Code child : children.getOrDefault(c.id(), List.of())) {
            collect(child, out);
        }
    }

    public String path(long id) {
        Code c = get(id);
        StringBuilder sb = new StringBuilder(c.name());
        Set<Long> seen = new LinkedHashSet<>();
        while (c.parentId() != null && byId.containsKey(c.parentId()) && seen.add(c.id())) {
            c = byId.get(c.parentId());
            sb.insert(0, c.name() + SEPARATOR);
        }
        return sb.toString();
    }

    public int depth(long id) {
        int d = 0;
        Code c = get(id);
        while (c.parentId() != null && byId.containsKey(c.parentId()) && d < byId.size()) {
            c = byId.get(c.parentId());
            d++;
        }
        return d;
    }

    /** Finds a code by its path of names, e.g. "Psychological safety/Speaking up" (names compared exactly, then ignoring case). */
    public Optional<Code> findByPath(String path) {
        Optional<Code> exact = walk(path, false);
        return exact.isPresent() ? exact : walk(path, true);
    }

    private Optional<Code> walk(String path, boolean ignoreCase) {
        List<Code> level = roots;
        Code found = null;
        for (String part : splitPath(path)) {
            found = null;
            for (Code c : level) {
                if (ignoreCase ? c.name().equalsIgnoreCase(part) : c.name().equals(part)) {
                    found = c;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            level = children.getOrDefault(found.id(), List.of());
        }
        return Optional.ofNullable(found);
    }

    public Optional<Code> childNamed(Long parentId, String name) {
        List<Code> level = parentId == null ? roots : children.getOrDefault(parentId, List.of());
        return level.stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The code and all codes below it. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> out = new LinkedHashSet<>();
        addDescendants(id, out);
        return out;
    }

    private void addDescendants(long id, Set<Long> out) {
        if (out.add(id)) {
            for (Code c : children.getOrDefault(id, List.of())) {
                addDescendants(c.id(), out);
            }
        }
    }

    public boolean isSelfOrDescendant(long candidate, long ancestor) {
        return selfAndDescendants(ancestor).contains(candidate);
    }

    public static List<String> splitPath(String path) {
        List<String> parts = new ArrayList<>();
        for (String p : path.split(SEPARATOR)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.isEmpty()) {
            throw new CodingException(Text.of("coding.codePathNeedsLeast"));
        }
        return parts;
    }
}
