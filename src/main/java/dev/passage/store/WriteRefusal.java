package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write the server refused for want of a privilege (SQLSTATE 42501), in words: a coder of a team project may code and
 * write memos, but only its leads may change the codebook, the documents, cases and variables (see
 * {@code dev.passage.team.TeamRoles}). Any other failure passes unchanged.
 */
final class WriteRefusal {
    private static final Pattern TABLE = Pattern.compile("permission denied for (?:table|relation|sequence) \"?([A-Za-z0-9_]+)");
    private static final Set<String> CODEBOOK = Set.of("code");
    private static final Set<String> DOCUMENTS = Set.of("document", "document_attribute", "speaker_turn", "document_set",
                                                        "document_set_member");
    private static final Set<String> CASES = Set.of("unit", "variable", "variable_value", "respondent");

    private WriteRefusal() {
    }

    static RuntimeException translate(RuntimeException failure, ProjectAddress.Server address) {
        if (!SqlStates.permissionDenied(failure)) {
            return failure;
        }
        String what = "other";
        Matcher m = TABLE.matcher(SqlStates.message(failure));
        if (m.find()) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            what = CODEBOOK.contains(table) ? "codebook" : DOCUMENTS.contains(table) ? "documents"
                 : CASES.contains(table) ? "cases" : "other";
        }
        return new PassageException(ErrorKind.LOCKED, Text.of("team.onlyLeads." + what, address.user(), address.display()), failure);
    }
}
