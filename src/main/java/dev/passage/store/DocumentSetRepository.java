package dev.passage.store;

import dev.passage.model.DocumentSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named sets of documents and their members. Every write marks the documents' arrangement as changed (no text changes). */
public final class DocumentSetRepository {
    private final StoreAccess access;

    DocumentSetRepository(StoreAccess access) {
        this.access = access;
    }

    /** Every set by name, each with its members in the documents' order. */
    public List<DocumentSet> list() {
        Map<Long, String> names = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT id, name FROM document_set ORDER BY name, id", rs -> names.put(rs.getLong(1), rs.getString(2)));
        Map<Long, List<Long>> members = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT m.set_id, m.document_id FROM document_set_member m JOIN document d ON d.id = m.document_id"
                                       + " ORDER BY d.position, d.name",
                  rs -> members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)));
        List<DocumentSet> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new DocumentSet(id, name, members.getOrDefault(id, List.of()))));
        return out;
    }

    public Optional<DocumentSet> find(String name) {
        return list().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<DocumentSet> find(long id) {
        return list().stream().filter(s -> s.id() == id).findFirst();
    }

    public long create(String name) {
        Tx tx = access.tx();
        tx.touchDocumentArrangement();
        return Jdbc.insert(tx.connection(), "INSERT INTO document_set (name) VALUES (?)", name);
    }

    /** Puts a set back with its original id and members (undo). */
    public void restore(DocumentSet set) {
        Tx tx = access.tx();
        tx.touchDocumentArrangement();
        Jdbc.update(tx.connection(), "INSERT INTO document_set (id, name) VALUES (?, ?)", set.id(), set.name());
        add(set.id(), set.documentIds());
    }

    public void rename(long id, String name) {
        Tx tx = access.tx();
        tx.touchDocumentArrangement();
        Jdbc.update(tx.connection(), "UPDATE document_set SET name = ? WHERE id = ?", name, id);
    }

    /** Deletes the set and its memberships (the documents stay). */
    public void delete(long id) {
        Tx tx = access.tx();
        tx.touchDocumentArrangement();
        Jdbc.update(tx.connection(), "DELETE FROM document_set WHERE id = ?", id);
    }

    /** Adds the documents that are not members yet. */
    public void add(long setId, Collection<Long> documentIds) {
        Tx tx = access.tx();
        tx.touchDocumentArrangement();
        for (long doc : documentIds) {
            int there = Jdbc.one(tx.connection(), "SELECT COUNT(*) FROM document_set_member WHERE set_id = ? AND document_id = ?",
                                 rs -> rs.getInt(1), setId, doc).orElse(0);
            if (there == 0) {
                Jdbc.update(tx.connection(), "INSERT INTO document_set_member (set_id, document_id) VALUES (?, ?)", setId, doc);
            }
        }
    }

    public void remove(long setId, Collection<Long> documentIds) {
        Tx tx = access.tx();
        tx.touchDocumentArrangement();
        for (long doc : documentIds) {
            Jdbc.update(tx.connection(), "DELETE FROM document_set_member WHERE set_id = ? AND document_id = ?", setId, doc);
        }
    }

    /** The names of the sets each document is in, by document id (documents in no set are absent). */
    public Map<Long, List<String>> namesByDocument() {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        Jdbc.list(access.connection(), "SELECT m.document_id, s.name FROM document_set_member m JOIN document_set s ON s.id = m.set_id"
                                       + " ORDER BY m.document_id, s.name",
                  rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return out;
    }
}
