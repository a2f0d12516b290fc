package dev.passage.ui.start;

import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opening a team project on a server (File › Open team project…): its address ({@code postgresql://USER@HOST/DB}) and,
 * when neither {@code PGPASSWORD} nor {@code ~/.pgpass} has one, its password. The open runs in the background; a bad
 * address or the server's refusal shows as a line in the dialog, which stays open to correct it. The password is never
 * kept: it is cleared once the open has used it.
 */
public final class TeamOpenViewModel {
    /** Opens a server project (the session's {@code openServer}; tests give their own). */
    @FunctionalInterface
    public interface Opener {
        ProjectSession open(ProjectAddress.Server address, char[] password, String coder) throws Exception;
    }

    private final BackgroundTasks tasks;
    private final Messages m;
    private final Function<ProjectAddress.Server, Optional<char[]>> credentials;
    private final Opener opener;
    private final Consumer<ProjectSession> onOpen;

    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final BooleanBinding canOpen;

    /**
     * @param credentials the password found without asking ({@code ServerCredentials::find})
     * @param onOpen      takes the open session (on the UI thread)
     */
    public TeamOpenViewModel(BackgroundTasks tasks, Messages messages, Function<ProjectAddress.Server, Optional<char[]>> credentials,
                             Opener opener, Consumer<ProjectSession> onOpen) {
        this.tasks = tasks;
        this.m = messages;
        this.credentials = credentials;
        this.opener = opener;
        this.onOpen = onOpen;
        canOpen = Bindings.createBooleanBinding(() -> !busy.get() && address.get() != null && !address.get().isBlank(), busy, address);
        address.addListener((obs, o, n) -> error.set(""));
    }

    public StringProperty addressProperty() {
        return address;
    }

    /** What the user typed; empty means "use PGPASSWORD or ~/.pgpass". */
    public StringProperty passwordProperty() {
        return password;
    }

    /** What went wrong, in words (empty when nothing did). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the project is open: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    /** The address as typed, when it is a server's (else null, with the reason in {@link #errorProperty()}). */
    ProjectAddress.Server server() {
        String text = address.get() == null ? "" : address.get().strip();
        if (!ProjectAddress.isServer(text)) {
            error.set(m.get("team_open.error.notServer", text));
            return null;
        }
        try {
            return (ProjectAddress.Server) ProjectAddress.parse(text);
        } catch (RuntimeException e) {
            error.set(m.message(e));
            return null;
        }
    }

    /** True when the address is a server's and PGPASSWORD or ~/.pgpass has its password: it can open without a dialog. */
    public boolean passwordKnown() {
        ProjectAddress.Server s = server();
        error.set("");
        if (s == null) {
            return false;
        }
        Optional<char[]> found = credentials.apply(s);
        found.ifPresent(p -> Arrays.fill(p, '\0'));
        return found.isPresent();
    }

    /** Opens the project in the background: the typed password, else the one found without asking, else none. */
    public void open() {
        if (!canOpen.get()) {
            return;
        }
        ProjectAddress.Server s = server();
        if (s == null) {
            return;
        }
        String typed = password.get();
        char[] secret = typed != null && !typed.isEmpty() ? typed.toCharArray() : credentials.apply(s).orElse(null);
        error.set("");
        busy.set(true);
        tasks.submit(m.get("team_open.task", s.display()), progress -> {
            try {
                return opener.open(s, secret, s.user());
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, session -> {
            busy.set(false);
            password.set("");
            try {
                onOpen.accept(session);
                done.set(true);
            } catch (RuntimeException e) {
                if (session != null) {
                    session.close();
                }
                error.set(e.getMessage() == null ? m.get("team_open.error.unexpected", e.getClass().getSimpleName()) : m.message(e));
            }
        }, e -> {
            busy.set(false);
            error.set(e.getMessage() == null ? m.get("team_open.error.unexpected", e.getClass().getSimpleName()) : m.message(e));
        });
    }
}
