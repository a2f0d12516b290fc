package dev.passage.ui.common;

import dev.passage.errors.ProjectLockedException;
import dev.passage.errors.Text;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {
    @Test
    void aWrappedProjectAlreadyOpenSpeaksTheWorkbenchsLanguage() {
        Messages danish = new Messages(Locale.forLanguageTag("da"));
        RuntimeException wrapped = new RuntimeException("Cannot open the project: it is already open",
                                                        new ProjectLockedException(Text.of("store.projectAlreadyOpenAnother", "Studie")));

        assertThat(danish.message(wrapped))
            .isEqualTo("Projektet Studie er allerede åbent i et andet Passage-vindue eller en anden proces. Luk det dér, og åbn det så igen.");
        assertThat(danish.message(new IllegalStateException("plain"))).isEqualTo("plain");
    }
}
