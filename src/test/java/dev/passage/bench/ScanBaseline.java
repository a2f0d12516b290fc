package dev.passage.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline 2 of issue 6, the search that open-source peers do: select the texts that contain the words with
 * {@code LOWER(body) LIKE '%…%'} in the project's H2 database, then find every hit's position in each with a regular
 * expression, giving the number of hits and the first 50 keyword-in-context rows. It matches the literal surface form
 * (whole words, case-insensitive), not stems: {@code fejl} does not find {@code fejlene} here while Passage's stemmed
 * search does, so the scan finds fewer hits and does less work than Passage.
 *
 * <p>It reads the open project's database through a second JDBC connection with the store's own URL: H2 in embedded mode
 * shares one open database between all connections of a process, so this needs no change to the store.
 */
final class ScanBaseline implements AutoCloseable {
    private final Connection connection;

    ScanBaseline(Path projectFolder) throws SQLException {
        // the same URL as ProjectStore uses, so H2 hands out a connection to the database the session has open
        String url = "jdbc:h2:file:" + projectFolder.toAbsolutePath().normalize().resolve("project") + ";DB_CLOSE_ON_EXIT=FALSE";
        this.connection = DriverManager.getConnection(url, "sa", "");
        this.connection.setReadOnly(true);
    }

    record Result(long documents, long hits, List<String> rows) {
    }

    /** Words to find as one phrase (separated by any white space), e.g. {@code fejl} or {@code taler åbent}. */
    Result search(String words) throws SQLException {
        String like = "%" + words.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        String[] parts = words.strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < parts.length; i++) {
            regex.append(i > 0 ? "\\s+" : "").append(Pattern.quote(parts[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        Pattern pattern = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        long documents = 0;
        long hits = 0;
        List<String> rows = new ArrayList<>(LuceneBaseline.PAGE);
        try (PreparedStatement st = connection.prepareStatement("SELECT id, name, body FROM document WHERE LOWER(body) LIKE ? ORDER BY id")) {
            st.setString(1, like);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    documents++;
                    String name = rs.getString(2);
                    String body = rs.getString(3);
                    Matcher m = pattern.matcher(body);
                    while (m.find()) {
                        hits++;
                        if (rows.size() < LuceneBaseline.PAGE) {
                            rows.add(name + ": " + body.substring(Math.max(0, m.start() - 60), m.start()) + "[" + m.group() + "]"
                                     + body.substring(m.end(), Math.min(body.length(), m.end() + 60)));
                        }
                    }
                }
            }
        }
        return new Result(documents, hits, rows);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
