package dev.passage.language;

/** Short interview texts in each supported language, for detection and mixed-language search tests. */
public final class LanguageSamples {
    private LanguageSamples() {
    }

    public static final String DANISH = """
        Interviewer: Hvad sker der, når nogen laver en fejl?

        Leder: Vi taler åbent om fejlene. Sidste uge sagde en ny medarbejder højt, at hun ikke forstod planen.

        Interviewer: Og hvad så?

        Leder: Det blev en god snak på mødet, og det er noget, vi lærer af.""";

    public static final String ENGLISH = """
        Interviewer: What happens when someone makes a mistake?

        Nurse: We talk about it openly. Last week a new colleague said that she did not understand the plan, and we all
        learned from that mistake.

        Interviewer: Do you study such cases?

        Nurse: We have run two studies of our own errors, and the team leader goes first with hers.""";

    public static final String SWEDISH = """
        Intervjuare: Vad händer när någon gör ett misstag?

        Chef: Vi pratar öppet om misstagen. Förra veckan sa en ny kollega högt att hon inte förstod planen, och det blev
        ett bra samtal på mötet. Vi lär oss av det som går fel, och jag börjar alltid med mina egna misstag.""";
}
