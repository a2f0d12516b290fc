package dev.passage.interop;

import dev.passage.model.CodeDescription;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeDescriptionsTest {
    @Test
    void allFourPartsReadBack() {
        CodeDescription d = new CodeDescription("Saying one got it wrong.\n\nSecond paragraph.", "When a person admits it.",
                                                "Not for blaming others.", "“Jeg glemte det.”");
        String text = CodeDescriptions.format(d);
        assertThat(text).contains("\n\nWhen to use: When a person admits it.").contains("\n\nExample: “Jeg glemte det.”");
        assertThat(CodeDescriptions.parse(text)).isEqualTo(d);
    }

    @Test
    void partsMayBeMissingAndForeignDescriptionsAreDefinitions() {
        CodeDescription onlyExample = new CodeDescription("", "", "", "an example");
        assertThat(CodeDescriptions.parse(CodeDescriptions.format(onlyExample))).isEqualTo(onlyExample);
        assertThat(CodeDescriptions.parse("thoughts about breakfast foods")).isEqualTo(CodeDescription.of("thoughts about breakfast foods"));
        assertThat(CodeDescriptions.parse("Use it. Example: inline words stay")).isEqualTo(CodeDescription.of("Use it. Example: inline words stay"));
        assertThat(CodeDescriptions.format(CodeDescription.EMPTY)).isEmpty();
    }
}
