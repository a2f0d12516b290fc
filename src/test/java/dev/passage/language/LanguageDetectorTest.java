package dev.passage.language;

import dev.passage.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The detector on real interview text (the sample study's transcripts, the shared corpus) and on short texts of our own. */
class LanguageDetectorTest {
    private static final Path SAMPLE = Path.of("sample-projects/learning-culture/transcripts");
    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void shortInterviewsInEachLanguage() {
        assertThat(LanguageDetector.detect(LanguageSamples.DANISH)).contains(Language.DA);
        assertThat(LanguageDetector.detect(LanguageSamples.SWEDISH)).contains(Language.SV);
        assertThat(LanguageDetector.detect(LanguageSamples.ENGLISH)).contains(Language.EN);
    }

    /** The sample study's sixteen interviews: eleven in Danish, five in English (their names end in -en). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"01-hjemmepleje-nord-leder.txt, DA", "04-plejecenter-egebo-sosu-assistent.txt, DA", "05-plejecenter-egebo-nurse-en.txt, EN",
                "09-jobcenter-soendervig-leder.txt, DA", "10-jobcenter-soendervig-caseworker-en.txt, EN", "13-oestre-skole-laerer.txt, DA",
                "15-vej-og-park-groundskeeper-en.txt, EN", "16-borgerservice-employee-en.txt, EN"})
    void theSampleStudysTranscripts(String file, Language expected) throws Exception {
        Path path = SAMPLE.resolve(file);
        assumeTrue(Files.isRegularFile(path), "the sample study's transcripts are in the source tree");
        assertThat(LanguageDetector.detect(Files.readString(path))).contains(expected);
    }

    @Test
    void everySampleTranscriptAsItsStudySays() throws Exception {
        assumeTrue(Files.isDirectory(SAMPLE));
        try (var files = Files.list(SAMPLE)) {
            for (Path f : files.toList()) {
                Language expected = f.getFileName().toString().endsWith("-en.txt") ? Language.EN : Language.DA;
                assertThat(LanguageDetector.detect(Files.readString(f))).as(f.getFileName().toString()).contains(expected);
            }
        }
    }

    @Test
    void theSharedEnglishCorpus() throws Exception {
        Path file = CORPUS.resolve("en-hitsave-goodboy-galaxy-rik-nicol.txt");
        assumeTrue(Files.isRegularFile(file), "../shared/corpus is absent");
        assertThat(LanguageDetector.detect(Files.readString(file))).contains(Language.EN);
    }

    @Test
    void tooLittleOrMixedTextIsUndetermined() {
        assertThat(LanguageDetector.detect("")).isEmpty();
        assertThat(LanguageDetector.detect(null)).isEmpty();
        assertThat(LanguageDetector.detect("Hjemmepleje Nord 2026")).isEmpty();
        assertThat(LanguageDetector.detect("OK.")).isEmpty();
        // half Danish, half English: neither is clearly the text's language
        assertThat(LanguageDetector.detect("Vi taler om det, og det er godt. We talk about it, and it is good."))
            .isEqualTo(Optional.empty());
        assertThat(LanguageDetector.detectOr("OK.", Language.SV)).isEqualTo(Language.SV);
    }

    @Test
    void danishAndSwedishAreToldApartByTheirOwnWords() {
        assertThat(LanguageDetector.detect("Jeg ved ikke, hvad vi skal gøre, men vi prøver noget nyt.")).contains(Language.DA);
        assertThat(LanguageDetector.detect("Jag vet inte vad vi ska göra, men vi försöker något nytt.")).contains(Language.SV);
    }
}
