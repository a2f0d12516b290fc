package dev.passage.ui.app;

/** What the menus and shortcuts trigger, provided by the features (wired in the composition root). */
record WorkbenchActions(
    Runnable newProject, Runnable openProject, Runnable closeProject, Runnable importFiles, Runnable importFolder,
    Runnable findInTranscript, Runnable focusSearch, java.util.function.Consumer<String> search, Runnable focusDocumentFilter,
    Runnable focusCodeFilter, Runnable applyCode, Runnable codeInVivo, java.util.function.IntConsumer applyRecent, Runnable removeCoding,
    Runnable recodeCoding, Runnable editCodingMemo, Runnable adjustCoding, Runnable newCode, Runnable newTopLevelCode, Runnable renameCode,
    Runnable recolourCode, Runnable describeCode, Runnable mergeCode, Runnable deleteCode, Runnable codeAllHits, Runnable popOutSegments, Runnable changeCoder,
    Runnable exportData, Runnable importRefiProject, Runnable importCodebook, Runnable importUnitScores, Runnable importSurvey,
    Runnable showUnits, Runnable linkDocuments,
    java.util.function.Consumer<dev.passage.ui.mixed.JointDisplaysViewModel.Display> showJointDisplay,
    Runnable showHistory,
    Runnable showBackups) {
}
