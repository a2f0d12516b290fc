package dev.passage.agreement;

import dev.passage.agreement.AgreementReport.CodeAgreement;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Agreement on {@link AgreementFixture}, whose answers are worked out by hand there and below. */
class AgreementServiceTest {
    private static final List<String> ANN_BEN = List.of("ann", "ben");

    @TempDir
    Path tmp;

    @Test
    void charactersOfTheThousandCharacterDocumentGiveTheTextbookNumbers() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER).withCodes(List.of("Theme"))
                                                                     .withDocuments(List.of("Long")));
            assertThat(r.unit()).isEqualTo("character");
            CodeAgreement theme = r.codes().getFirst();
            assertThat(theme.code()).isEqualTo("Theme");
            // 50 both, 100 ann only (two overlapping codings, counted once), 50 ben only, 800 neither
            assertThat(theme.percentAgreement()).isCloseTo(0.85, within(1e-9));
            assertThat(theme.cohenKappa()).isCloseTo(0.07 / 0.22, within(1e-9));
            assertThat(theme.krippendorffAlpha()).isCloseTo(1 - 0.15 / (2.0 * 1750 * 250 / (2000.0 * 1999)), within(1e-9));
            assertThat(theme.krippendorffAlpha()).isCloseTo(0.315, within(0.0005));
            assertThat(theme.brennanPrediger()).isCloseTo(0.70, within(1e-9));
            assertThat(theme.units()).isEqualTo(1000);
            assertThat(r.overall().percentAgreement()).isEqualTo(theme.percentAgreement());
            assertThat(r.chance().cohenKappa()).contains("pA·pB + (1−pA)(1−pB)");
            assertThat(r.chance().brennanPrediger()).contains("1/2");
        }
    }

    @Test
    void charactersPoolOverTheDocumentsWithARowPerDocumentAndAnInterval() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER).withCodes(List.of("Theme")));
            CodeAgreement theme = r.codes().getFirst();
            // Long 850 + Short (200 − 5 − 10) 185 + Third (100 − 10) 90 agreeing of 1300
            assertThat(theme.units()).isEqualTo(1300);
            assertThat(theme.percentAgreement()).isCloseTo(1125 / 1300.0, within(1e-9));
            assertThat(theme.documents()).extracting(AgreementReport.DocumentAgreement::document).containsExactly("Long", "Short", "Third");
            assertThat(theme.documents().get(1).percentAgreement()).isCloseTo(185 / 200.0, within(1e-9));
            assertThat(theme.ci95().percentAgreement()).isNotNull();
            assertThat(theme.ci95().percentAgreement().low()).isLessThanOrEqualTo(theme.ci95().percentAgreement().high());
            assertThat(theme.ci95().percentAgreement().low()).isBetween(0.84, 0.93);
            assertThat(r.bootstrapSamples()).isEqualTo(AgreementService.BOOTSTRAP_SAMPLES);
        }
    }

    @Test
    void threeCodersHaveAlphaAndPairwiseAgreementButNoCohenKappa() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(List.of("ann", "ben", "cara"), AgreementUnit.CHARACTER)
                                                                     .withCodes(List.of("Theme")).withDocuments(List.of("Long")));
            CodeAgreement theme = r.codes().getFirst();
            // [0,100) 1 of 3 pairs agree, [100,150) 3 of 3, [150,200) 1 of 3, the 800 others 3 of 3
            assertThat(theme.percentAgreement()).isCloseTo((100 / 3.0 + 50 + 50 / 3.0 + 800) / 1000, within(1e-9));
            assertThat(theme.cohenKappa()).isNull();
            assertThat(theme.krippendorffAlpha()).isNotNull();
            assertThat(r.chance().cohenKappa()).isNull();
        }
    }

    @Test
    void segmentsMatchByTheOverlapOfTheLongerAndListTheUnmatched() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementRequest request = AgreementRequest.of(ANN_BEN, AgreementUnit.SEGMENT).withCodes(List.of("Theme"))
                                                       .withDocuments(List.of("Short"));
            AgreementReport r = f.agreement().report(request);
            CodeAgreement theme = r.codes().getFirst();
            // ann [0,100) ~ ben [5,100): 95 of 100; ann [150,160) unmatched; ben's one matched: 2 of 3
            assertThat(theme.percentAgreement()).isCloseTo(2 / 3.0, within(1e-9));
            assertThat(theme.brennanPrediger()).isCloseTo(1 / 3.0, within(1e-9));
            assertThat(theme.cohenKappa()).isNull();
            assertThat(theme.krippendorffAlpha()).isNull();
            assertThat(theme.units()).isEqualTo(3);
            assertThat(theme.unmatched()).containsExactly(new AgreementReport.UnmatchedSegment("ann", "Short", f.shortDoc, 150, 160,
                                                                                                List.of("ben")));
            assertThat(r.overlap()).isEqualTo(0.9);
            assertThat(r.chance().brennanPrediger()).contains("no 'neither coded' cell");

            CodeAgreement strict = f.agreement().report(request.withOverlap(0.96)).codes().getFirst();
            assertThat(strict.percentAgreement()).isZero();
            assertThat(strict.unmatched()).hasSize(3);
        }
    }

    @Test
    void documentsAreCodedOrNotAndTheOverallRowPoolsTheCodes() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(ANN_BEN, AgreementUnit.DOCUMENT)
                                                                     .withCodes(List.of("Theme", "Other")));
            CodeAgreement theme = r.codes().get(0);
            assertThat(theme.units()).isEqualTo(3);
            assertThat(theme.percentAgreement()).isCloseTo(2 / 3.0, within(1e-9));
            assertThat(theme.cohenKappa()).isCloseTo(0, within(1e-9));
            assertThat(theme.documents().get(2).values()).containsExactly("not coded", "coded");
            // 6 units, 4 agree; ann codes 3 of 6, ben 3 of 6: chance 1/2, κ = (2/3 − 1/2) / (1/2)
            assertThat(r.overall().units()).isEqualTo(6);
            assertThat(r.overall().percentAgreement()).isCloseTo(2 / 3.0, within(1e-9));
            assertThat(r.overall().cohenKappa()).isCloseTo(1 / 3.0, within(1e-9));
        }
    }

    @Test
    void aDomainsSubCodesAreTheValuesAndACoderWhoAppliedNoneIsMissing() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(ANN_BEN, AgreementUnit.DOCUMENT).withDomain("Mood"));
            assertThat(r.domain()).isEqualTo("Mood");
            CodeAgreement mood = r.codes().getFirst();
            // Long: Calm/Calm; Short: Tense/Calm; Third: Calm (by its sub-code Very)/missing: not pairable
            assertThat(mood.units()).isEqualTo(2);
            assertThat(mood.percentAgreement()).isCloseTo(0.5, within(1e-9));
            assertThat(mood.krippendorffAlpha()).isCloseTo(0, within(1e-9));
            assertThat(mood.documents().get(2).values()).containsExactly("Calm", null);
            assertThat(r.overall().krippendorffAlpha()).isEqualTo(mood.krippendorffAlpha());
            assertThat(r.chance().brennanPrediger()).contains("1/2");
        }
    }

    @Test
    void passagesAreTheStretchesWhereTheCodersDiffer() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementRequest chars = AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER);
            List<DisagreementPassage> p = f.agreement().passages(chars, "Theme", "Long");
            assertThat(p).extracting(DisagreementPassage::start, DisagreementPassage::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 100), org.assertj.core.groups.Tuple.tuple(150, 200));
            assertThat(p.get(0).codedBy()).containsExactly("ann");
            assertThat(p.get(0).notCodedBy()).containsExactly("ben");
            assertThat(p.get(0).text()).startsWith("Long: word").hasSize(100);
            assertThat(f.agreement().passages(chars, "Theme", null)).hasSize(5);

            List<DisagreementPassage> segments = f.agreement().passages(AgreementRequest.of(ANN_BEN, AgreementUnit.SEGMENT), "Theme", "Short");
            assertThat(segments).extracting(DisagreementPassage::start).containsExactly(150);

            List<DisagreementPassage> mood = f.agreement().passages(AgreementRequest.of(ANN_BEN, AgreementUnit.DOCUMENT).withDomain("Mood"),
                                                                    "Mood", "Short");
            assertThat(mood).extracting(DisagreementPassage::code).containsExactly("Mood/Calm", "Mood/Tense");
        }
    }

    @Test
    void unknownNamesAndTooFewCodersAreBadInputNamingThem() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementService s = f.agreement();
            assertBad(() -> s.report(AgreementRequest.of(List.of("ann", "zoe"), AgreementUnit.CHARACTER)), "\"zoe\"", "ann, ben, cara");
            assertBad(() -> s.report(AgreementRequest.of(List.of("ann"), AgreementUnit.CHARACTER)), "at least two coders", "1 given");
            assertBad(() -> s.report(AgreementRequest.of(List.of("ann", "ANN"), AgreementUnit.CHARACTER)), "\"ann\" is named twice");
            assertBad(() -> s.report(AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER).withCodes(List.of("Nope"))), "\"Nope\"");
            assertBad(() -> s.report(AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER).withDocuments(List.of("Nowhere"))),
                      "\"Nowhere\"");
            assertBad(() -> s.report(AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER).withDomain("Mood")), "document unit only");
            assertBad(() -> s.report(AgreementRequest.of(ANN_BEN, AgreementUnit.DOCUMENT).withDomain("Feelings")), "\"Feelings\"");
            assertBad(() -> s.report(AgreementRequest.of(ANN_BEN, AgreementUnit.DOCUMENT).withDomain("Theme")), "0 direct sub-codes");
            assertBad(() -> s.report(AgreementRequest.of(ANN_BEN, AgreementUnit.SEGMENT).withOverlap(0)), "not 0");
        }
    }

    @Test
    void unitizedAlphaIsPerCodeAndOverallOneMinusTheSumsOverTheCodes() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(ANN_BEN, AgreementUnit.UNITIZED)
                                                                     .withCodes(List.of("Theme", "Mood/Calm")));
            assertThat(r.unit()).isEqualTo("unitized");
            CodeAgreement theme = r.codes().get(0);
            CodeAgreement calm = r.codes().get(1);
            assertThat(theme.percentAgreement()).isNull();
            assertThat(theme.cohenKappa()).isNull();
            assertThat(theme.units()).isEqualTo(1300);
            // the same continua the service builds, by hand: ann's Theme codings merged ([0,150)), ben's as they are
            var longTheme = new UnitizedAlpha.Continuum(1000, List.of(new UnitizedAlpha.Section(0, 0, 150), new UnitizedAlpha.Section(1, 100, 200)));
            var shortTheme = new UnitizedAlpha.Continuum(200, List.of(new UnitizedAlpha.Section(0, 0, 100), new UnitizedAlpha.Section(0, 150, 160),
                                                                      new UnitizedAlpha.Section(1, 5, 100)));
            var thirdTheme = new UnitizedAlpha.Continuum(100, List.of(new UnitizedAlpha.Section(1, 0, 10)));
            UnitizedAlpha.Result themeByHand = UnitizedAlpha.of(List.of(longTheme, shortTheme, thirdTheme), 2);
            assertThat(theme.krippendorffAlpha()).isCloseTo(themeByHand.alpha(), within(1e-12));
            var longCalm = new UnitizedAlpha.Continuum(1000, List.of(new UnitizedAlpha.Section(0, 0, 10), new UnitizedAlpha.Section(1, 0, 10)));
            var shortCalm = new UnitizedAlpha.Continuum(200, List.of(new UnitizedAlpha.Section(1, 0, 10)));
            var thirdCalm = new UnitizedAlpha.Continuum(100, List.of());
            UnitizedAlpha.Result calmByHand = UnitizedAlpha.of(List.of(longCalm, shortCalm, thirdCalm), 2);
            assertThat(calm.krippendorffAlpha()).isCloseTo(calmByHand.alpha(), within(1e-12));
            assertThat(r.overall().krippendorffAlpha()).isCloseTo(themeByHand.plus(calmByHand).alpha(), within(1e-12));
            // identical codings in Long agree perfectly there
            assertThat(calm.documents().getFirst().krippendorffAlpha()).isCloseTo(1.0, within(1e-12));
            assertThat(theme.ci95().krippendorffAlpha()).isNotNull();
            assertThat(r.chance().krippendorffAlpha()).contains("α_U").contains("ΣDo/ΣDe");
        }
    }

    @Test
    void withoutCodesEveryCodeTheCodersAppliedIsARow() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementReport r = f.agreement().report(AgreementRequest.of(ANN_BEN, AgreementUnit.CHARACTER));
            assertThat(r.codes()).extracting(CodeAgreement::code)
                                 .containsExactly("Theme", "Other", "Mood/Calm", "Mood/Calm/Very", "Mood/Tense");
            assertThat(r.overall().units()).isEqualTo(5 * 1300);
        }
    }

    @Test
    void codedByAllKeepsOnlyTheDocumentsEveryCoderCodedIn() throws Exception {
        try (var f = new AgreementFixture(tmp)) {
            AgreementRequest request = AgreementRequest.of(List.of("ann", "cara"), AgreementUnit.CHARACTER).withCodes(List.of("Theme"));
            assertThat(f.agreement().report(request).documents()).containsExactly("Long", "Short", "Third");
            AgreementReport shared = f.agreement().report(request.withCodedByAll(true));
            assertThat(shared.documents()).containsExactly("Long");
            assertThat(shared.codes().getFirst().percentAgreement()).isEqualTo(1.0);
            assertBad(() -> f.agreement().report(request.withCodedByAll(true).withDocuments(List.of("Short"))), "every one of ann, cara");
        }
    }

    private static void assertBad(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... parts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PassageException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT);
            for (String p : parts) {
                assertThat(e.getMessage()).contains(p);
            }
        });
    }
}
