package dev.passage.cases;

import dev.passage.TestProjects;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableScope;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionTest {
    @TempDir
    Path tmp;
    private ProjectSession s;
    private long northLeader;
    private long northStaff;
    private long southLeader;
    private long unlinked;

    @Test
    void parsesOperatorsQuotesPrefixesAndDecimalCommas() {
        assertThat(Condition.parse("psych_safety >= 4")).isEqualTo(new Condition(null, "psych_safety", Condition.Operator.GE, "4"));
        assertThat(Condition.parse("role=leader")).isEqualTo(new Condition(null, "role", Condition.Operator.EQ, "leader"));
        assertThat(Condition.parse("role != leader").operator()).isEqualTo(Condition.Operator.NE);
        assertThat(Condition.parse("sector = \"Early childhood\"").value()).isEqualTo("Early childhood");
        assertThat(Condition.parse("since < 2025-01-01")).isEqualTo(new Condition(null, "since", Condition.Operator.LT, "2025-01-01"));
        assertThat(Condition.parse("unit.psych_safety <= 3,5")).isEqualTo(new Condition(VariableScope.UNIT, "psych_safety", Condition.Operator.LE, "3,5"));
        assertThat(Condition.parse("'job title' = 'team <lead>'")).isEqualTo(new Condition(null, "job title", Condition.Operator.EQ, "team <lead>"));
        assertThat(Condition.parse("Doc.role > a").scope()).isEqualTo(VariableScope.DOCUMENT);
        assertThat(Condition.parse("respondent.age == 30").operator()).isEqualTo(Condition.Operator.EQ);
        assertThat(Condition.parse("q1.score = 2").variable()).isEqualTo("q1.score"); // not a scope prefix
        assertThat(Condition.parse("sector = \"Early childhood\"").text()).isEqualTo("sector = \"Early childhood\"");
    }

    @Test
    void syntaxErrorsSayWhatIsWrong() {
        assertThatThrownBy(() -> Condition.parse("psych_safety 4")).isInstanceOf(ConditionSyntaxException.class)
            .hasMessageStartingWith("Cannot read the condition 'psych_safety 4': it has no comparison operator.")
            .hasMessageContaining("= != < <= > >=");
        assertThatThrownBy(() -> Condition.parse(">= 4")).hasMessageContaining("it names no variable");
        assertThatThrownBy(() -> Condition.parse("score >=")).hasMessageContaining("it has no value after the operator");
        assertThatThrownBy(() -> Condition.parse("score => 4")).hasMessageContaining("\"=>\" is not an operator");
        assertThatThrownBy(() -> Condition.parse("sector = \"Early")).hasMessageContaining("the value's quote is not closed");
        assertThatThrownBy(() -> Condition.parse("a = b = c")).hasMessageContaining("holds an operator character; quote it");
        assertThatThrownBy(() -> Condition.parse("  ")).hasMessageContaining("it is empty");
        assertThatThrownBy(() -> Condition.parse("unit. = 3")).hasMessageContaining("no variable after the scope prefix");
    }

    @BeforeEach
    void project() throws Exception {
        s = TestProjects.create(tmp, Language.EN);
        s.unitImport().apply(TableReader.read(Files.writeString(tmp.resolve("units.csv"), """
            unit;psych_safety;sector;since;tenure
            North;4,5;Early childhood;2024-03-01;10
            South;3;School;2025-06-01;
            """), null), new UnitImport.Options("unit", Map.of()));
        var db = SessionStores.of(s).database();
        long[] ids = db.write(tx -> {
            long n = tx.units().findId("North").orElseThrow();
            long so = tx.units().findId("South").orElseThrow();
            long a = tx.documents().insert(doc("North leader", "leader"));
            long b = tx.documents().insert(doc("North staff", "staff"));
            long c = tx.documents().insert(doc("South leader", "leader"));
            long d = tx.documents().insert(doc("Loose", null));
            tx.documents().setUnit(a, n);
            tx.documents().setUnit(b, n);
            tx.documents().setUnit(c, so);
            return new long[] {a, b, c, d};
        });
        northLeader = ids[0];
        northStaff = ids[1];
        southLeader = ids[2];
        unlinked = ids[3];
        s.caseEditor().attributeToVariable("role", null);
        s.surveyImport().apply(TableReader.read(Files.writeString(tmp.resolve("survey.csv"), """
            id;unit;age;tenure;Answer
            R1;South;34;2;I learn by trying
            R2;North;;5;From colleagues
            """), null), new SurveyImport.Options("id", "unit", List.of("Answer"), Map.of()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static NewDocument doc(String name, String role) {
        return new NewDocument(name, "Text of " + name + ".", DocumentFormat.TXT, null, Instant.now(),
                               role == null ? Map.of() : Map.of("role", role), List.of());
    }

    private Set<Long> match(String... conditions) {
        return s.conditions().matchingDocuments(List.of(conditions));
    }

    private long answer(String respondent) {
        return s.documents().idByName(respondent + " · Answer").orElseThrow();
    }

    @Test
    void eachScopeIsReadFromItsOwner() {
        long r1 = answer("R1");
        long r2 = answer("R2");
        // a UNIT variable applies to every document of the unit, interviews and survey answers alike
        assertThat(match("psych_safety >= 4")).containsExactlyInAnyOrder(northLeader, northStaff, r2);
        assertThat(match("psych_safety < 4,5")).containsExactlyInAnyOrder(southLeader, r1);
        assertThat(match("sector = \"early CHILDHOOD\"")).containsExactlyInAnyOrder(northLeader, northStaff, r2);
        assertThat(match("since < 2025-01-01")).containsExactlyInAnyOrder(northLeader, northStaff, r2);
        assertThat(match("since >= 01.06.2025")).containsExactlyInAnyOrder(southLeader, r1);
        // a DOCUMENT variable applies to the document itself
        assertThat(match("role = leader")).containsExactlyInAnyOrder(northLeader, southLeader);
        assertThat(match("role = leader", "psych_safety >= 4")).containsExactly(northLeader);
        // a RESPONDENT variable applies to the respondent's answers only
        assertThat(match("age > 30")).containsExactly(r1);
    }

    @Test
    void missingValuesNeverMatchNotEvenNotEqual() {
        assertThat(match("role != leader")).containsExactly(northStaff); // the loose document and answers have no role
        assertThat(match("age != 34")).isEmpty(); // R2's age is missing
        assertThat(match("unit.tenure >= 0")).containsExactlyInAnyOrder(northLeader, northStaff, answer("R2")); // South has none
        assertThat(match("psych_safety > 0")).doesNotContain(unlinked);
    }

    @Test
    void aNameInTwoScopesNeedsAPrefixAndBadValuesAreExplained() {
        assertThatThrownBy(() -> match("tenure > 3")).isInstanceOf(CaseDataException.class)
            .hasMessage("\"tenure\" is a variable of 2 kinds; say which: respondent.tenure or unit.tenure");
        assertThat(match("respondent.tenure > 3")).containsExactly(answer("R2"));
        assertThatThrownBy(() -> match("score > 3")).hasMessageStartingWith("There is no variable named \"score\" (variables: ");
        assertThatThrownBy(() -> match("document.age > 3")).hasMessageStartingWith("There is no document variable named \"age\"");
        assertThatThrownBy(() -> match("psych_safety >= high")).hasMessage("\"psych_safety\" is a number variable; \"high\" is not a number");
        assertThatThrownBy(() -> match("since < soon")).hasMessageContaining("is a date variable; \"soon\" is not a date");
        assertThatThrownBy(() -> match("role > leader")).hasMessage("\"role\" is a category variable; compare it with = or !=, not >");
        assertThat(match("PSYCH_SAFETY >= 4")).hasSize(3); // names match ignoring case when nothing matches exactly
    }
}
