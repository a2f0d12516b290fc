package dev.passage.coding;

import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.store.StoreAccess;

import java.util.Map;

/** Readable names for history entries, looked up inside the edit's transaction. */
public final class AuditNames {
    private AuditNames() {
    }

    /** The code's path ("Parent/Child"); works for a code already deleted when its parents are still there. */
    public static String codePath(StoreAccess a, Code code) {
        return code.parentId() == null ? code.name() : codePath(a, code.parentId()) + Codebook.SEPARATOR + code.name();
    }

    public static String codePath(StoreAccess a, long codeId) {
        return a.codes().find(codeId).map(c -> codePath(a, c)).orElse("code " + codeId);
    }

    public static String documentName(StoreAccess a, long documentId) {
        return a.documents().name(documentId).orElse("document " + documentId);
    }

    /** A coding as history values: document, range, code path, coder, memo (with who wrote it, when there is one). */
    public static Map<String, Object> coding(StoreAccess a, Coding c) {
        Map<String, Object> values = EditRecord.values("coding_id", c.id(), "document", documentName(a, c.documentId()),
                                                       "document_id", c.documentId(), "start", c.start(), "end", c.end(),
                                                       "code", codePath(a, c.codeId()), "code_id", c.codeId(), "coder", c.coder(),
                                                       "memo", c.memo());
        if (c.memo() != null) {
            values.put("memo_author", c.memoBy());
        }
        return values;
    }
}
