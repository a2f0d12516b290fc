package dev.passage.ui.documents;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Compares names as people read them: "Interview 2" before "Interview 10", letters in the language's alphabetical order. */
public final class NaturalOrder implements Comparator<String> {
    private final Collator collator;

    public NaturalOrder(Locale locale) {
        collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean da = Character.isDigit(a.charAt(i));
            boolean db = Character.isDigit(b.charAt(j));
            int ei = end(a, i, da);
            int ej = end(b, j, db);
            int c;
            if (da && db) {
                c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
            } else {
                c = collator.compare(a.substring(i, ei), b.substring(j, ej));
            }
            if (c != 0) {
                return c;
            }
            i = ei;
            j = ej;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int end(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        int c = Integer.compare(a.length(), b.length());
        return c != 0 ? c : a.compareTo(b);
    }
}
