package dev.passage.ui.documents;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentsTreeEntryTest {

    @Test
    void theUnitIsLeftOutOfNamesUnderIt() {
        assertThat(DocumentsTreeEntry.shortName("Interview 01 \u2013 Hjemmepleje Nord \u2013 leader", "Hjemmepleje Nord"))
            .isEqualTo("Interview 01 \u2013 leader");
        assertThat(DocumentsTreeEntry.shortName("Vej og Park - groundskeeper", "Vej og Park")).isEqualTo("groundskeeper");
        assertThat(DocumentsTreeEntry.shortName("Interview 3, Skole", "Skole")).isEqualTo("Interview 3");
        assertThat(DocumentsTreeEntry.shortName("Skolegården interview", "Skole")).isEqualTo("Skolegården interview");
        assertThat(DocumentsTreeEntry.shortName("Borgerservice", "Borgerservice")).isEqualTo("Borgerservice");
        assertThat(DocumentsTreeEntry.shortName("Interview 9", null)).isEqualTo("Interview 9");
    }

    @Test
    void namesSortAsPeopleReadThem() {
        NaturalOrder order = new NaturalOrder(Locale.of("da"));
        assertThat(Stream.of("Interview 10", "interview 9", "Interview 09b", "Ærø", "Zealand", "Interview 2").sorted(order).toList())
            .containsExactly("Interview 2", "interview 9", "Interview 09b", "Interview 10", "Zealand", "Ærø");
    }
}
