package dev.passage.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic (seeded) corpus for the scale benchmark (issue 6), written file by file so that size L (10,000 interviews,
 * about 600 MB) never has to be in memory: interview transcripts of 3,000-15,000 words (log-normal, median ~9,400) with
 * speaker turns, mostly Danish (about a quarter English), an open-ended survey (CSV: respondent id, unit, role, two text
 * columns) and the units' 1-5 scores (CSV). Sentences are built from templates whose slots are filled from word lists, both
 * drawn with Zipf-like weights, so term frequencies fall off the way natural text does instead of repeating 20 sentences.
 * The codebook and the codings spread over it are in {@link ScaleCodebook}.
 */
final class ScaleCorpus {

    /** A corpus size: interviews, survey respondents (two answers each) and units. */
    enum Size {
        S(100, 500, 10), M(1_000, 5_000, 50), L(10_000, 20_000, 200);

        final int interviews;
        final int respondents;
        final int units;

        Size(int interviews, int respondents, int units) {
            this.interviews = interviews;
            this.respondents = respondents;
            this.units = units;
        }
    }

    /** What was written: the interview folder, the two CSV files, and counts. */
    record Written(Path interviews, Path survey, Path units, int documents, long interviewBytes, long interviewWords, int surveyAnswers) {
    }

    static final String SURVEY_ID = "respondent_id";
    static final String SURVEY_UNIT = "unit";
    static final List<String> SURVEY_QUESTIONS = List.of("q_mistakes", "q_learning");
    static final String UNIT_ID = "unit";

    // --- Danish -------------------------------------------------------------------------------------------------------------
    private static final String[] DA_NOUN = {
        "fejl", "fejlen", "fejlene", "leder", "lederen", "ledelsen", "kollega", "kollegaer", "kollegerne", "teamet", "afdelingen",
        "borgeren", "borgerne", "opgaven", "opgaverne", "mødet", "morgenmødet", "teammødet", "planen", "vagten", "aftenvagten",
        "dagvagten", "feedback", "tilbagemelding", "sparring", "hjælp", "støtte", "læring", "tid", "travlhed", "telefonen",
        "systemet", "journalen", "kulturen", "forandringerne", "data", "ruterne", "praksis", "kvaliteten", "pårørende",
        "makker", "makkerparret", "ansvar", "tillid", "kritik", "usikkerhed", "rutinerne", "procedurerne", "hverdagen", "uddannelsen",
        "kurset", "mentoren", "eleverne", "medarbejderne", "nyansatte", "sygefraværet", "bemandingen", "budgettet", "hændelsen",
        "silotænkning", "samarbejdet", "koordineringen", "dokumentationen", "overleveringen", "beskeden", "mailen", "skemaet",
        "eksperimentet", "forsøget", "erfaringerne", "løsningen", "problemet", "udfordringerne", "situationen", "arbejdsmiljøet"};
    private static final String[] DA_VERB = {
        "taler om", "lærer af", "deler", "glemmer", "diskuterer", "skriver ned", "følger op på", "spørger om", "hjælper med",
        "forstår", "ændrer", "prøver", "evaluerer", "undgår", "tager fat i", "gennemgår", "planlægger", "dokumenterer",
        "reflekterer over", "siger højt", "oplever", "mærker", "koordinerer", "accepterer", "kritiserer", "anerkender",
        "overser", "retter", "melder", "registrerer", "snakker om", "tænker over", "savner", "kender"};
    private static final String[] DA_ADJ = {
        "åbent", "ærligt", "svært", "vigtigt", "normalt", "trygt", "stressende", "nyt", "konkret", "hurtigt", "langsomt", "rigtigt",
        "alvorligt", "godt", "dårligt", "anderledes", "tydeligt", "uklart", "nødvendigt", "frustrerende", "lærerigt", "sårbart"};
    private static final String[] DA_ROLE = {
        "vi", "jeg", "lederen", "min makker", "de nye", "vores leder", "teamet", "man", "kollegerne", "sygeplejersken",
        "hjemmehjælperen", "koordinatoren", "de erfarne", "aftenholdet", "mellemlederen", "direktøren"};
    private static final String[] DA_TIME = {
        "på morgenmødet", "hver uge", "bagefter", "med det samme", "sidste måned", "i går", "hver anden uge", "i starten",
        "på teammødet", "ved vagtskiftet", "efter hændelsen", "i hverdagen", "til MUS-samtalen", "om fredagen", "i perioden"};
    /** First and second parts of Danish compound nouns (%C): about 2,500 rare words, the long tail of real interview text. */
    private static final String[] DA_COMPOUND_HEAD = {
        "arbejds", "vagt", "team", "leder", "borger", "kvalitets", "lærings", "fejl", "patient", "medicin", "møde",
        "sygepleje", "hjemme", "aften", "nat", "weekend", "drifts", "udviklings", "personale", "sikkerheds", "trivsels", "feedback",
        "dokumentations", "kommunikations", "planlægnings", "rehabiliterings", "visitations", "kørsels", "tids", "opgave",
        "samarbejds", "forandrings", "evaluerings", "uddannelses", "ressource", "budget", "kompetence", "projekt", "data", "it",
        "tværfaglig", "mentor", "elev", "introduktions", "sparrings", "ledelses", "faglig", "hændelses", "beskeds", "overleverings"};
    private static final String[] DA_COMPOUND_TAIL = {
        "plan", "skema", "møde", "kultur", "miljø", "system", "rapport", "liste", "procedure", "ansvar", "gruppe", "dag", "rutine",
        "samtale", "evaluering", "kursus", "oversigt", "forløb", "ordning", "indsats", "praksis", "strategi", "kalender", "tavle",
        "mappe", "seddel", "runde", "fase", "model", "værktøj", "niveau", "pres", "byrde", "tilbud", "aftale", "instruks",
        "koordinator", "leder", "team", "opgave", "registrering", "vejledning", "politik", "dialog", "status", "tjek", "journal",
        "notat", "telefon", "app"};
    private static final String[] DA_COMPOUND = compounds();

    private static String[] compounds() {
        List<String> out = new ArrayList<>();
        // interleaved so that Zipf rank mixes heads and tails instead of exhausting one head first
        for (int rank = 0; rank < DA_COMPOUND_HEAD.length + DA_COMPOUND_TAIL.length; rank++) {
            for (int h = 0; h <= rank && h < DA_COMPOUND_HEAD.length; h++) {
                int t = rank - h;
                if (t < DA_COMPOUND_TAIL.length) {
                    out.add(DA_COMPOUND_HEAD[h] + DA_COMPOUND_TAIL[t]);
                }
            }
        }
        return out.toArray(String[]::new);
    }

    private static final String[] DA_TEMPLATE = {
        "Det med %C er %A for %R.", "Vi har fået en ny %C, og %R %V den %T.", "%R %V %C %T.", "Så er der %C, som %R %V.",
        "Hvis %C ikke virker, %V %R %N.", "Jeg kan godt lide vores %C, den er %A.",
        "%R %V %N %T.", "Vi taler åbent om %N %T, og det er blevet %A.", "Det er %A, når %R %V %N.",
        "%T %V %R %N, fordi det er %A.", "Jeg tror, at %R godt kan lære det, hvis de får tid og støtte.",
        "Nogle gange holder man %N for sig selv, fordi man ikke vil hænges ud.", "Vores leder siger selv højt, når hun har taget fejl.",
        "Der er meget silotænkning mellem %N og %N, vi kender ikke hinandens udfordringer.", "Når %R spørger om hjælp, %V vi %N.",
        "Feedback handler hos os om at se på opgaven, ikke på personen.", "Man kan godt mærke, at der er frygt for kritik fra ledelsen.",
        "Vi skriver læringspunkter ned og deler dem med de andre teams %T.", "Det tog tid, før %R turde sige noget om %N.",
        "Altså, %R %V jo %N, ikke?", "Ja, det er rigtigt, %N er %A for os.", "Så %V %R %N, og så var det det.",
        "Hvis %N går galt, så %V %R det %T.", "Jeg synes, det er %A at %V %N.", "%R har ikke rigtig en kultur for at eksperimentere.",
        "Det handler meget om %N og om, hvordan %R %V det.", "Og %T var der ingen, der %V %N.", "Det er bare sådan, det er med %N.",
        "Vi prøvede en ny måde at %V %N på %T.", "Min makker gav mig en ærlig tilbagemelding om %N, som jeg lærte meget af.",
        "Vi laver fejl hele tiden, men vi lærer af fejlene %T.", "Det er %A at indrømme en fejl foran %R."};
    private static final String[] DA_QUESTION = {
        "Hvad sker der, når nogen laver en fejl?", "Kan du give et eksempel på en situation, hvor du bad om hjælp?",
        "Hvordan giver I hinanden feedback?", "Hvad gør jeres leder, når der opstår problemer?", "Hvordan arbejder I med læring på tværs af teams?",
        "Fortæl om sidste gang I prøvede noget nyt.", "Hvordan følger I op på jeres forsøg?", "Hvad står i vejen for, at I lærer af hinanden?",
        "Kan du sige lidt mere om det?", "Hvordan oplevede du det?", "Hvad tænker du om %N?", "Hvem taler I med om %N?",
        "Hvordan bruger I %C?"};

    // --- English ------------------------------------------------------------------------------------------------------------
    private static final String[] EN_NOUN = {
        "mistake", "mistakes", "manager", "management", "colleague", "colleagues", "team", "department", "patient", "patients",
        "task", "meeting", "morning meeting", "plan", "shift", "night shift", "feedback", "support", "help", "learning", "time",
        "system", "records", "culture", "changes", "data", "routine", "quality", "relatives", "partner", "trust", "criticism",
        "workload", "staffing", "budget", "incident", "handover", "experiment", "solution", "problem", "silo thinking", "training"};
    private static final String[] EN_VERB = {
        "talk about", "learn from", "share", "forget", "discuss", "write down", "follow up on", "ask about", "help with", "understand",
        "change", "try", "review", "avoid", "go through", "plan", "document", "reflect on", "notice", "accept", "criticise", "fix"};
    private static final String[] EN_ADJ = {
        "open", "honest", "hard", "important", "normal", "safe", "stressful", "new", "concrete", "quick", "slow", "serious", "good",
        "difficult", "different", "clear", "unclear", "necessary", "frustrating"};
    private static final String[] EN_ROLE = {
        "we", "I", "the manager", "my partner", "the new staff", "our manager", "the team", "people", "my colleagues", "the nurses"};
    private static final String[] EN_TIME = {
        "at the morning meeting", "every week", "afterwards", "right away", "last month", "yesterday", "every other week",
        "at the start", "at handover", "after the incident", "in everyday work"};
    private static final String[] EN_TEMPLATE = {
        "%R %V the %N %T.", "We talk openly about the %N %T, and it has become %A.", "It is %A when %R %V the %N.",
        "%T %R %V the %N, because it is %A.", "Sometimes people keep a mistake to themselves because they fear criticism.",
        "Our manager admits it out loud when she makes a mistake.", "There is a lot of silo thinking between the %N and the %N.",
        "Feedback here is about the task, not the person.", "Well, %R %V the %N, you know?", "So %R %V the %N, and that was that.",
        "If the %N goes wrong, %R %V it %T.", "I think it is %A to %V the %N.", "We tried a new way to %V the %N %T.",
        "We make mistakes all the time, but we learn from them %T."};
    private static final String[] EN_QUESTION = {
        "What happens when someone makes a mistake?", "Can you give an example of a time you asked for help?",
        "How do you give each other feedback?", "What does your manager do when problems come up?", "How do you learn across teams?",
        "Could you say a bit more about that?", "How did you experience that?", "Who do you talk to about the %N?"};

    private static final String[] DA_RESPONDENT = {"Leder", "Medarbejder"};
    private static final String[] EN_RESPONDENT = {"Manager", "Employee"};

    private ScaleCorpus() {
    }

    static String unitName(int u) {
        return String.format(Locale.ROOT, "U%03d", u + 1);
    }

    /** The unit an interview belongs to; also in its file name, from which the benchmark links documents to units. */
    static int unitOf(Size size, int interview) {
        return Math.floorMod(interview * 7919, size.units);
    }

    static String interviewFileName(Size size, int i) {
        return String.format(Locale.ROOT, "interview-%05d_%s.txt", i, unitName(unitOf(size, i)));
    }

    /** Writes the whole corpus of {@code size} into {@code dir} (which should be empty). */
    static Written write(Path dir, Size size, long seed) throws IOException {
        Path interviews = dir.resolve("interviews");
        Files.createDirectories(interviews);
        long bytes = 0;
        long words = 0;
        for (int i = 0; i < size.interviews; i++) {
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
            Path file = interviews.resolve(interviewFileName(size, i));
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                words += interview(w, r);
            }
            bytes += Files.size(file);
        }
        Path units = dir.resolve("units.csv");
        writeUnits(units, size, new SplittableRandom(seed ^ 0x5eedL));
        Path survey = dir.resolve("survey.csv");
        int answers = writeSurvey(survey, size, new SplittableRandom(seed ^ 0xbeefL));
        return new Written(interviews, survey, units, size.interviews, bytes, words, answers);
    }

    /** One transcript: interviewer questions and answers of 1-12 sentences, until its drawn length is reached. */
    private static long interview(BufferedWriter w, SplittableRandom r) throws IOException {
        boolean english = r.nextInt(4) == 0;
        Lang lang = english ? Lang.EN : Lang.DA;
        int target = targetWords(r);
        String[] respondents = english ? EN_RESPONDENT : DA_RESPONDENT;
        String respondent = respondents[r.nextInt(respondents.length)];
        // one in eight is a group interview with a second respondent
        String second = r.nextInt(8) == 0 ? respondents[1 - indexOf(respondents, respondent)] : null;
        long words = 0;
        StringBuilder sb = new StringBuilder(2048);
        while (words < target) {
            sb.setLength(0);
            sb.append("Interviewer: ").append(lang.question(r)).append("\n\n");
            sb.append(second != null && r.nextBoolean() ? second : respondent).append(": ");
            int sentences = 1 + (int) Math.min(11, Math.round(Math.abs(r.nextGaussian()) * 4));
            for (int k = 0; k < sentences; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(lang.sentence(r));
            }
            sb.append("\n\n");
            words += countWords(sb);
            w.append(sb);
        }
        return words;
    }

    private static int indexOf(String[] a, String s) {
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(s)) {
                return i;
            }
        }
        return 0;
    }

    /** Log-normal around 9,400 words, kept to 3,000-15,000 (so size L comes to about 600 MB). */
    private static int targetWords(SplittableRandom r) {
        double w = Math.exp(Math.log(9_400) + 0.4 * r.nextGaussian());
        return (int) Math.max(3_000, Math.min(15_000, w));
    }

    private static long countWords(CharSequence s) {
        long n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !Character.isWhitespace(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static void writeUnits(Path file, Size size, SplittableRandom r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.append(UNIT_ID).append(",psych_safety,learning_climate,leader_support,staff\n");
            for (int u = 0; u < size.units; u++) {
                double mean = 2.0 + 2.5 * r.nextDouble();
                w.append(unitName(u)).append(',')
                 .append(String.format(Locale.ROOT, "%.1f", clamp(mean + 0.3 * r.nextGaussian()))).append(',')
                 .append(String.format(Locale.ROOT, "%.1f", clamp(mean + 0.5 * r.nextGaussian()))).append(',')
                 .append(Integer.toString((int) Math.round(clamp(mean + 0.8 * r.nextGaussian())))).append(',')
                 .append(Integer.toString(8 + r.nextInt(60))).append('\n');
            }
        }
    }

    private static double clamp(double score) {
        return Math.max(1, Math.min(5, score));
    }

    /** Respondents with a unit, a role and two short answers (1-3 sentences; some left empty). Returns the answers written. */
    private static int writeSurvey(Path file, Size size, SplittableRandom r) throws IOException {
        int answers = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.append(SURVEY_ID).append(',').append(SURVEY_UNIT).append(",role,").append(String.join(",", SURVEY_QUESTIONS)).append('\n');
            for (int p = 0; p < size.respondents; p++) {
                Lang lang = r.nextInt(4) == 0 ? Lang.EN : Lang.DA;
                w.append(String.format(Locale.ROOT, "R%06d", p + 1)).append(',').append(unitName(r.nextInt(size.units))).append(',')
                 .append(r.nextInt(5) == 0 ? "leader" : "employee");
                for (int q = 0; q < SURVEY_QUESTIONS.size(); q++) {
                    w.append(',');
                    if (r.nextInt(10) == 0) {
                        continue; // left empty
                    }
                    StringBuilder text = new StringBuilder();
                    int sentences = 1 + r.nextInt(3);
                    for (int k = 0; k < sentences; k++) {
                        text.append(k > 0 ? " " : "").append(lang.sentence(r));
                    }
                    w.append('"').append(text.toString().replace("\"", "\"\"")).append('"');
                    answers++;
                }
                w.append('\n');
            }
        }
        return answers;
    }

    /** The word lists and templates of one language, with Zipf weights precomputed. */
    private enum Lang {
        DA(DA_TEMPLATE, DA_QUESTION, DA_NOUN, DA_VERB, DA_ADJ, DA_ROLE, DA_TIME, DA_COMPOUND),
        EN(EN_TEMPLATE, EN_QUESTION, EN_NOUN, EN_VERB, EN_ADJ, EN_ROLE, EN_TIME, EN_NOUN);

        private final Zipf templates;
        private final Zipf questions;
        private final Zipf nouns;
        private final Zipf verbs;
        private final Zipf adjectives;
        private final Zipf roles;
        private final Zipf times;
        private final Zipf compounds;

        Lang(String[] templates, String[] questions, String[] nouns, String[] verbs, String[] adjectives, String[] roles, String[] times,
             String[] compounds) {
            this.templates = new Zipf(templates, 0.7);
            this.questions = new Zipf(questions, 0.8);
            this.nouns = new Zipf(nouns, 1.0);
            this.verbs = new Zipf(verbs, 1.0);
            this.adjectives = new Zipf(adjectives, 1.0);
            this.roles = new Zipf(roles, 1.0);
            this.times = new Zipf(times, 1.0);
            this.compounds = new Zipf(compounds, 1.0);
        }

        String question(SplittableRandom r) {
            return fill(questions.draw(r), r);
        }

        String sentence(SplittableRandom r) {
            return fill(templates.draw(r), r);
        }

        private String fill(String template, SplittableRandom r) {
            StringBuilder sb = new StringBuilder(template.length() + 40);
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c != '%' || i + 1 >= template.length()) {
                    sb.append(c);
                    continue;
                }
                char slot = template.charAt(++i);
                String word = switch (slot) {
                    case 'N' -> nouns.draw(r);
                    case 'V' -> verbs.draw(r);
                    case 'A' -> adjectives.draw(r);
                    case 'R' -> roles.draw(r);
                    case 'T' -> times.draw(r);
                    case 'C' -> compounds.draw(r);
                    default -> "%" + slot;
                };
                sb.append(word);
            }
            // a template may start with a slot: capitalise the sentence
            if (!sb.isEmpty() && Character.isLowerCase(sb.charAt(0))) {
                sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            }
            return sb.toString();
        }
    }

    /** Draws the k-th word with probability proportional to 1 / k^s. */
    static final class Zipf {
        private final String[] words;
        private final double[] cumulative;

        Zipf(String[] words, double s) {
            this.words = words;
            this.cumulative = new double[words.length];
            double sum = 0;
            for (int k = 0; k < words.length; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < words.length; k++) {
                cumulative[k] /= sum;
            }
        }

        String draw(SplittableRandom r) {
            double u = r.nextDouble();
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return words[lo];
        }
    }

    /** The sentence spans [start, end) in a stored document text (ends at . ? ! followed by white space or the end). */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (start < 0) {
                if (!Character.isWhitespace(c)) {
                    start = i;
                }
                continue;
            }
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                out.add(new int[] {start, i + 1});
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }
}
