package dev.passage.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.errors.StaleEditException;
import dev.passage.errors.Text;

import java.util.Arrays;

/**
 * Versioned writes of shared rows (code, memo, unit, variable): an update states the row version it was made on and bumps it,
 * a delete states it; a write that finds another version is refused with a {@link StaleEditException} that names who changed
 * the row and how (the newest entry of the edit history on it).
 */
final class RowVersions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowVersions() {
    }

    /**
     * Runs {@code UPDATE table SET <sets>, row_version = row_version + 1 WHERE id = ? AND row_version = ?} on the version
     * {@code seen} (or the one this session's own edits left, see {@link Tx#knownVersions}); returns the new version.
     */
    static int update(Tx tx, String table, long id, int seen, String name, String sets, Object... params) {
        int expected = tx.expectedVersion(table, id, seen);
        Object[] all = Arrays.copyOf(params, params.length + 2);
        all[params.length] = id;
        all[params.length + 1] = expected;
        int n = Jdbc.update(tx.connection(), "UPDATE " + table + " SET " + sets + ", row_version = row_version + 1 WHERE id = ? AND row_version = ?", all);
        if (n != 1) {
            throw refused(tx, table, id, name);
        }
        tx.wroteVersion(table, id, expected + 1);
        return expected + 1;
    }

    /** Deletes the row on the version {@code seen} (or the one this session's own edits left). */
    static void delete(Tx tx, String table, long id, int seen, String name) {
        int expected = tx.expectedVersion(table, id, seen);
        int n = Jdbc.update(tx.connection(), "DELETE FROM " + table + " WHERE id = ? AND row_version = ?", id, expected);
        if (n != 1) {
            throw refused(tx, table, id, name);
        }
        tx.wroteVersion(table, id, expected);
    }

    /** The version a row put back (undo of a delete, redo of an add) gets: one past the one it was deleted on. */
    static int restored(Tx tx, String table, long id, int seen) {
        int v = tx.expectedVersion(table, id, seen) + 1;
        tx.wroteVersion(table, id, v);
        return v;
    }

    /** Notes the version an unversioned write (an import's) left a row at, for this session's undo and redo. */
    static void noted(Tx tx, String table, long id, int version) {
        tx.wroteVersion(table, id, version);
    }

    /** A new row starts at version 0. */
    static void inserted(Tx tx, String table, long id) {
        tx.wroteVersion(table, id, 0);
    }

    /** The refusal of a write on {@code table} row {@code id}: what happened to it since, from the edit history. */
    static StaleEditException refused(StoreAccess access, String table, long id, String name) {
        boolean gone = Jdbc.one(access.connection(), "SELECT COUNT(*) FROM " + table + " WHERE id = ?", rs -> rs.getLong(1), id)
                           .orElse(0L) == 0;
        StaleEditException.Change change = Jdbc.one(access.connection(), """
            SELECT coder, edited_at, action, after_json FROM edit_history WHERE object_kind = ? AND object_id = ?
            ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""", rs -> new StaleEditException.Change(
                rs.getString("coder"), Jdbc.instant(rs, "edited_at"), what(rs.getString("action"), rs.getString("after_json"))),
            table, id).orElse(null);
        return new StaleEditException(table, id, name, change, gone);
    }

    /** What an edit did, in the user's words ("renamed it to \"Trust\""), from its history action and after-values. */
    static Text what(String action, String afterJson) {
        if (action.startsWith(dev.passage.model.EditRecord.UNDO)) {
            return Text.of("stale.did.undo", what(action.substring(dev.passage.model.EditRecord.UNDO.length()), null));
        }
        if (action.startsWith(dev.passage.model.EditRecord.REDO)) {
            return what(action.substring(dev.passage.model.EditRecord.REDO.length()), afterJson);
        }
        JsonNode after = parse(afterJson);
        String verb = action.contains(".") ? action.substring(action.indexOf('.') + 1) : action;
        return switch (verb) {
            case "rename" -> after.hasNonNull("name") ? Text.of("stale.did.renameTo", after.get("name").asText()) : Text.of("stale.did.rename");
            case "move" -> after.hasNonNull("path") ? Text.of("stale.did.moveTo", after.get("path").asText()) : Text.of("stale.did.move");
            case "merge" -> after.hasNonNull("code") ? Text.of("stale.did.mergeInto", after.get("code").asText()) : Text.of("stale.did.merge");
            case "recolour" -> Text.of("stale.did.recolour");
            case "describe" -> Text.of("stale.did.describe");
            case "delete" -> action.startsWith("memo.") ? Text.of("stale.did.deleteMemo") : Text.of("stale.did.delete");
            case "edit" -> Text.of("stale.did.edit");
            default -> Text.of("stale.did.change", action);
        };
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
