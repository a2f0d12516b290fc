package dev.passage.ui.common;

import javafx.scene.input.DataFormat;

/** What workbench drags carry between features: a code (its id), dragged from the codebook onto a code or a selection. */
public final class DragFormats {
    public static final DataFormat CODE_ID = lookupOrCreate("application/x-passage-code-id");

    private DragFormats() {
    }

    private static DataFormat lookupOrCreate(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
