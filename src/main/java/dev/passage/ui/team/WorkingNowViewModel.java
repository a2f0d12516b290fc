package dev.passage.ui.team;

import dev.passage.team.TeamActivity;
import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Consumer;

/**
 * Who else is working in a team project now, for the status bar's chip: "Working now: ann, ben". Shown only while someone
 * else is (never for a folder project, whose {@link TeamActivity} is always alone). The activity tells of changes on a
 * background thread; the properties change on the UI thread.
 */
public final class WorkingNowViewModel {
    /** Beyond this many names the chip says "and N more" (the tooltip lists everyone). */
    static final int NAMES_SHOWN = 3;

    private final TeamActivity team;
    private final Consumer<Runnable> onUiThread;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final Runnable listener;

    public WorkingNowViewModel(TeamActivity team, Consumer<Runnable> onUiThread, Messages messages) {
        this.team = team;
        this.onUiThread = onUiThread;
        this.messages = messages;
        this.listener = () -> this.onUiThread.accept(this::refresh);
        team.addListener(listener);
        refresh();
    }

    /** Reads who is working now (on the UI thread). */
    void refresh() {
        List<String> others = team.othersWorking();
        shown.set(!others.isEmpty());
        if (others.isEmpty()) {
            text.set("");
            tooltip.set("");
            return;
        }
        String names = others.size() <= NAMES_SHOWN ? String.join(", ", others)
            : messages.get("team.working.more", String.join(", ", others.subList(0, NAMES_SHOWN)), others.size() - NAMES_SHOWN);
        text.set(messages.get("team.working.chip", names));
        tooltip.set(messages.get("team.working.tooltip", String.join(", ", others)));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Stops listening (the project is closing). */
    public void dispose() {
        team.removeListener(listener);
    }
}
