package dev.passage.ui.start;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Encrypt with a password" part of the new-project form: the choice, the password typed twice, and what is wrong
 * with them ({@link Problem}). JavaFX password fields hold their text as strings; {@link #take()} copies it out and
 * clears both fields.
 */
public final class NewProjectPassword {
    /** What stops (DIFFER, EMPTY) or merely warns about (SHORT) the password; NONE when all is well. */
    public enum Problem { NONE, EMPTY, DIFFER, SHORT }

    /** Below this many characters the form says the password is short (it still accepts it). */
    static final int SHORT_BELOW = 12;

    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt", false);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ObjectBinding<Problem> problem = Bindings.createObjectBinding(this::findProblem, encrypt, password, repeat);

    public BooleanProperty encrypt() {
        return encrypt;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty repeat() {
        return repeat;
    }

    public ObjectBinding<Problem> problem() {
        return problem;
    }

    /** True when no encryption was asked for, or the password is given twice the same. */
    boolean acceptable() {
        Problem p = findProblem();
        return p == Problem.NONE || p == Problem.SHORT;
    }

    private Problem findProblem() {
        if (!encrypt.get()) {
            return Problem.NONE;
        }
        String a = password.get() == null ? "" : password.get();
        if (a.isEmpty()) {
            return Problem.EMPTY;
        }
        if (!a.equals(repeat.get())) {
            return Problem.DIFFER;
        }
        return a.codePointCount(0, a.length()) < SHORT_BELOW ? Problem.SHORT : Problem.NONE;
    }

    /** The password to encrypt with (null when not encrypting); the fields are cleared. */
    char[] take() {
        char[] chars = encrypt.get() ? password.get().toCharArray() : null;
        password.set("");
        repeat.set("");
        return chars;
    }

    void reset() {
        encrypt.set(false);
        password.set("");
        repeat.set("");
    }
}
