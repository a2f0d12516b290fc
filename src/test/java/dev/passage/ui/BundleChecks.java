package dev.passage.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks every feature's text bundle (src/main/resources/dev/passage/ui/i18n/NAME{,_da,_sv}.properties) must pass. */
public final class BundleChecks {
    private BundleChecks() {
    }

    /** The bundle {@code name} (e.g. "merge" or "merge_da"), which must exist. */
    public static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleChecks.class.getResourceAsStream("/dev/passage/ui/i18n/" + name + ".properties")) {
            assertThat(in).as(name + ".properties").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * The keys starting with {@code prefix} that the Java sources under {@code dirs} name as string literals; a literal ending
     * in "." is a prefix the code completes, and file names (.css, .csv) are not keys.
     */
    public static Set<String> keysNamedIn(String prefix, String... dirs) throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(" + Pattern.quote(prefix) + "[A-Za-z0-9_.]+)\"");
        for (String dir : dirs) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1);
                        if (!key.endsWith(".") && !key.endsWith(".css") && !key.endsWith(".csv")) {
                            used.add(key);
                        }
                    }
                }
            }
        }
        return used;
    }

    /** Danish and Swedish have exactly the English keys, none blank, and every pattern parses in every language. */
    public static void sameKeysInEveryLanguage(String name) throws IOException {
        Properties en = load(name);
        en.stringPropertyNames().forEach(k -> new MessageFormat(en.getProperty(k), Locale.ENGLISH));
        for (String lang : new String[] {"da", "sv"}) {
            Properties other = load(name + "_" + lang);
            assertThat(other.stringPropertyNames()).as(name + "_" + lang).isEqualTo(en.stringPropertyNames());
            for (String key : other.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as(key).isNotBlank();
                new MessageFormat(other.getProperty(key), Locale.of(lang));
            }
        }
    }
}
