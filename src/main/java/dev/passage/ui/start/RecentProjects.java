package dev.passage.ui.start;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passage.files.AtomicWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The projects opened lately, most recent first (at most {@value #MAX}), kept as {@code recent.json} in the folder given to the
 * constructor (e.g. {@code ~/.passage}). A missing or unreadable file starts an empty list; entries that cannot be read are
 * dropped. Reads and writes touch the disk: call them off the UI thread.
 */
public final class RecentProjects {
    private static final Logger LOG = LoggerFactory.getLogger(RecentProjects.class);
    public static final int MAX = 10;
    public static final String FILE_NAME = "recent.json";

    /**
     * A project folder with the study's name and when it was last opened. For a team project {@code server} is its address
     * ({@code postgresql://USER@HOST/DB}, never a password) and {@code folder} its local folder in the user's cache; null
     * for a folder project.
     */
    public record Entry(Path folder, String name, Instant opened, String server) {
        public Entry(Path folder, String name, Instant opened) {
            this(folder, name, opened, null);
        }

        public boolean team() {
            return server != null;
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private List<Entry> entries;

    public RecentProjects(Path settingsFolder) {
        this.file = settingsFolder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public synchronized List<Entry> list() {
        return List.copyOf(entries());
    }

    /** Puts the project first (moving it up if it is already listed) and saves the list. */
    public synchronized void add(Path folder, String name) {
        Path key = normal(folder);
        List<Entry> list = entries();
        list.removeIf(e -> e.folder().equals(key));
        String shown = name == null || name.isBlank() ? key.getFileName().toString() : name.strip();
        list.addFirst(new Entry(key, shown, Instant.now()));
        while (list.size() > MAX) {
            list.removeLast();
        }
        save();
    }

    /**
     * Puts a team project first, listed by its address {@code server} (keyed by it, so one project shows once); its local
     * folder is where the session keeps its index. Saves the list.
     */
    public synchronized void addServer(String server, Path localFolder, String name) {
        Path key = normal(localFolder);
        List<Entry> list = entries();
        list.removeIf(e -> server.equals(e.server()) || e.folder().equals(key));
        list.addFirst(new Entry(key, name == null || name.isBlank() ? server : name.strip(), Instant.now(), server));
        while (list.size() > MAX) {
            list.removeLast();
        }
        save();
    }

    /** Takes the project off the list (its files stay where they are) and saves the list. */
    public synchronized void remove(Path folder) {
        Path key = normal(folder);
        if (entries().removeIf(e -> e.folder().equals(key))) {
            save();
        }
    }

    private List<Entry> entries() {
        if (entries == null) {
            entries = load();
        }
        return entries;
    }

    private List<Entry> load() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            JsonNode projects = root == null ? null : root.path("projects");
            if (projects == null || !projects.isArray()) {
                LOG.warn("{} has no project list; starting an empty one", file);
                return out;
            }
            for (JsonNode p : projects) {
                String path = p.path("path").asText("");
                if (path.isBlank()) {
                    continue;
                }
                try {
                    Path folder = normal(Path.of(path));
                    if (out.stream().anyMatch(e -> e.folder().equals(folder))) {
                        continue;
                    }
                    Instant opened = p.hasNonNull("opened") ? Instant.parse(p.path("opened").asText()) : Instant.EPOCH;
                    String name = p.path("name").asText("");
                    String server = p.hasNonNull("server") ? p.path("server").asText() : null;
                    out.add(new Entry(folder, name.isBlank() ? folder.getFileName().toString() : name, opened, server));
                } catch (RuntimeException e) {
                    LOG.warn("{}: skipping an unreadable entry {}", file, p);
                }
                if (out.size() == MAX) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} cannot be read ({}); starting an empty list of recent projects", file, e.getMessage());
        }
        return out;
    }

    private void save() {
        ObjectNode root = json.createObjectNode();
        root.put("version", 1);
        ArrayNode projects = root.putArray("projects");
        for (Entry e : entries) {
            ObjectNode o = projects.addObject().put("path", e.folder().toString()).put("name", e.name()).put("opened", e.opened().toString());
            if (e.server() != null) {
                o.put("server", e.server());
            }
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicWrite.replace(file, out -> {
                json.writerWithDefaultPrettyPrinter().writeValue(out, root);
                return null;
            });
        } catch (IOException e) {
            LOG.warn("the list of recent projects could not be saved to {}: {}", file, e.getMessage());
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
