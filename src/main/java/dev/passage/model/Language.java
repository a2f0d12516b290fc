package dev.passage.model;

import java.util.Locale;

/** The language a project's texts are written in; it selects the search analyzer (stemming, stop words). */
public enum Language {
    DA("Danish", Locale.of("da")),
    SV("Swedish", Locale.of("sv")),
    EN("English", Locale.ENGLISH);

    private final String displayName;
    private final Locale locale;

    Language(String displayName, Locale locale) {
        this.displayName = displayName;
        this.locale = locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses "da", "sv" or "en" (any case). */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown language '" + code + "': use da, sv or en");
    }
}
