package dev.passage.cli;

import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectCipher;
import dev.passage.security.ProjectKey;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Encrypted projects end to end: no plaintext in any file, wrong and missing passwords, encrypt/decrypt round trips. */
class EncryptionCliTest {
    private static final String PASSWORD = "korrekt hest æøå batteri";
    private static final List<String> SECRETS = List.of(
        "Vi skjuler vores fejl for ledelsen",
        "Når jeg begår en fejl, siger jeg det højt på mødet",
        "Sygeplejersken på afdeling øst var bange for at blive bebrejdet",
        "My manager never admits her own mistakes in public",
        "Nobody here would report a near miss to the quality team",
        "Frygt for bebrejdelse",
        "Psykologisk tryghed",
        "Whistleblowing reluctance",
        "Memo: deltageren gav udtryk for skam og tavshed",
        "Memo about the night shift culture and silence");

    @TempDir
    Path tmp;

    private final Map<String, String> env = new HashMap<>();


    private CliRun run(String... args) {
        Passwords.environment = env::get;
        Passwords.console = () -> null;
        return CliRun.of(args);
    }

    @AfterEach
    void restoreSeams() {
        Passwords.environment = System::getenv;
        Passwords.console = System::console;
    }

    private Path transcripts() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("anne.txt"), "Interviewer: Hvad sker der, når noget går galt?\n\nAnne: " + SECRETS.get(0) + ". "
                                                  + SECRETS.get(1) + ".\n\nAnne: " + SECRETS.get(2) + ".\n");
        Files.writeString(in.resolve("bob.txt"), "Interviewer: Tell me about errors.\n\nBob: " + SECRETS.get(3) + ". "
                                                 + SECRETS.get(4) + ".\n");
        return in;
    }

    /** Imports, codes (names and a coding memo from SECRETS), a project memo; leaves the project closed. */
    private void fill(String p) throws IOException {
        CliRun imp = run("import", p, transcripts().toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(run("codes", p, "add", SECRETS.get(5)).code()).isZero();
        assertThat(run("codes", p, "add", SECRETS.get(6) + "/" + SECRETS.get(7)).code()).isZero();
        CliRun code = run("code", p, "--doc", "anne", "--start", "0", "--end", "30", "--code", SECRETS.get(5), "--memo", SECRETS.get(8));
        assertThat(code.code()).as(code.err()).isZero();
        assertThat(run("code", p, "--doc", "bob", "--start", "0", "--end", "20", "--code", SECRETS.get(6) + "/" + SECRETS.get(7)).code())
            .isZero();
        try (ProjectKey key = ProjectCipher.isEncrypted(Path.of(p)) ? ProjectKey.fromPassword(PASSWORD.toCharArray()) : null;
             ProjectSession s = ProjectSession.open(Path.of(p), "anna", key)) {
            s.memos().add(MemoTarget.PROJECT, null, "Night shift", SECRETS.get(9));
        }
    }

    @Test
    void anEncryptedProjectHoldsNoPlaintextInAnyFile() throws Exception {
        String p = tmp.resolve("secret.passage").toString();
        env.put("PASSAGE_PASSWORD", PASSWORD);
        CliRun init = run("init", p, "--name", "Hemmelig undersøgelse", "--language", "da", "--encrypt");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("(encrypted)");
        fill(p);

        CliRun search = run("search", p, "bebrejdet", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.json().get("totalHits").asInt()).isEqualTo(1);
        assertThat(run("docs", p, "--json").json()).hasSize(2);

        assertThat(Path.of(p).resolve("index")).doesNotExist();
        assertThat(Path.of(p).resolve("index.aes")).isDirectory(); // the encrypted index
        CliRun check = run("check", p);
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(plaintextIn(Path.of(p))).isEmpty();
    }

    @Test
    void aMissingOrWrongPasswordIsBadInputWithAClearMessage() throws Exception {
        String p = tmp.resolve("secret.passage").toString();
        CliRun noPassword = run("init", p, "--name", "S", "--language", "en", "--encrypt");
        assertThat(noPassword.code()).isEqualTo(3);
        assertThat(noPassword.err()).contains("PASSAGE_PASSWORD");
        assertThat(Path.of(p)).doesNotExist();

        env.put("PASSAGE_PASSWORD", PASSWORD);
        assertThat(run("init", p, "--name", "S", "--language", "en", "--encrypt").code()).isZero();

        env.remove("PASSAGE_PASSWORD");
        CliRun missing = run("docs", p);
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("secret.passage is encrypted; give its password (PASSAGE_PASSWORD or the prompt)");

        env.put("PASSAGE_PASSWORD", "not the password");
        CliRun wrong = run("docs", p);
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err()).contains("Wrong password for the encrypted project secret.passage").doesNotContain("Exception");
        CliRun wrongExport = run("export", p, "--format", "csv", "--out", tmp.resolve("x.csv").toString());
        assertThat(wrongExport.code()).isEqualTo(3);

        env.put("PASSAGE_PASSWORD", PASSWORD);
        assertThat(run("docs", p).code()).isZero();
    }

    @Test
    void encryptAndDecryptKeepEverythingAndEncryptLeavesNoPlaintext() throws Exception {
        String p = tmp.resolve("study.passage").toString();
        assertThat(run("init", p, "--name", "Study", "--language", "da").code()).isZero();
        fill(p);
        assertThat(run("search", p, "bebrejdet").code()).isZero(); // an on-disk index exists now
        assertThat(Path.of(p).resolve("index")).exists();
        assertThat(plaintextIn(Path.of(p))).as("the scan finds the words of a plain project").isNotEmpty();
        assertThat(run("backup", p).code()).isZero(); // a plaintext backup, which encrypt must not leave behind
        List<String> before = snapshot(p);

        env.put("PASSAGE_PASSWORD", PASSWORD);
        CliRun enc = run("encrypt", p);
        assertThat(enc.code()).as(enc.err()).isZero();
        assertThat(ProjectCipher.isEncrypted(Path.of(p))).isTrue();
        assertThat(enc.out()).contains("1 older backup(s) deleted");
        assertThat(plaintextIn(Path.of(p))).isEmpty();
        assertThat(run("encrypt", p).code()).isEqualTo(3); // already encrypted
        assertThat(snapshot(p)).isEqualTo(before);

        env.put("PASSAGE_NEW_PASSWORD", "ein neues Passwort");
        assertThat(run("encrypt", p, "--change-password").code()).isZero();
        assertThat(run("docs", p).code()).isEqualTo(3); // the old password no longer opens it
        env.put("PASSAGE_PASSWORD", "ein neues Passwort");
        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(plaintextIn(Path.of(p))).isEmpty();

        env.put("PASSAGE_PASSWORD", PASSWORD);
        assertThat(run("decrypt", p).code()).isEqualTo(3); // wrong password: nothing changes
        assertThat(ProjectCipher.isEncrypted(Path.of(p))).isTrue();
        env.put("PASSAGE_PASSWORD", "ein neues Passwort");
        CliRun dec = run("decrypt", p);
        assertThat(dec.code()).as(dec.err()).isZero();
        assertThat(ProjectCipher.isEncrypted(Path.of(p))).isFalse();
        env.remove("PASSAGE_PASSWORD");
        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(run("decrypt", p).code()).isEqualTo(3); // not encrypted
        try (Stream<Path> files = Files.list(Path.of(p))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("converting"));
        }
    }

    @Test
    void anEncryptedProjectsBackupIsEncryptedAndRestoresOnlyWithItsPassword() throws Exception {
        String p = tmp.resolve("secret.passage").toString();
        env.put("PASSAGE_PASSWORD", PASSWORD);
        assertThat(run("init", p, "--name", "Hemmelig", "--language", "da", "--encrypt").code()).isZero();
        fill(p);
        CliRun backup = run("backup", p, "--json");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.json().get("verified").asBoolean()).isTrue();
        assertThat(plaintextIn(Path.of(p))).as("the backup inside the project folder is encrypted too").isEmpty();
        List<String> before = snapshot(p);
        String zip = backup.json().get("file").asText();

        env.remove("PASSAGE_PASSWORD");
        Path copy = tmp.resolve("copy.passage");
        CliRun noPassword = run("restore", zip, copy.toString());
        assertThat(noPassword.code()).isEqualTo(3);
        assertThat(noPassword.err()).contains("encrypted; give its password");
        env.put("PASSAGE_PASSWORD", "not the password");
        assertThat(run("restore", zip, copy.toString()).code()).isEqualTo(3);
        env.put("PASSAGE_PASSWORD", PASSWORD);
        CliRun restored = run("restore", zip, copy.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(snapshot(copy.toString())).isEqualTo(before);
        assertThat(plaintextIn(copy)).isEmpty();
    }

    /** Documents with their texts, codes, codings (with memos), memos and search hits, read through one session. */
    private List<String> snapshot(String p) throws Exception {
        List<String> all = new ArrayList<>();
        String password = env.get("PASSAGE_PASSWORD");
        try (ProjectKey key = ProjectCipher.isEncrypted(Path.of(p)) ? ProjectKey.fromPassword(password.toCharArray()) : null;
             ProjectSession s = ProjectSession.open(Path.of(p), "anna", key)) {
            SessionStores.of(s).database().read(a -> {
                a.documents().list().forEach(d -> all.add(d + " " + a.documents().text(d.id()).orElseThrow()));
                a.codes().list().forEach(c -> all.add(c.toString()));
                a.codings().all().forEach(c -> all.add(c.toString()));
                a.memos().all().forEach(m -> all.add(m.toString()));
                return null;
            });
            all.add(s.search().search("fejl OR mistakes", dev.passage.search.SearchFilters.NONE, 100).toString());
        }
        assertThat(all).hasSizeGreaterThan(8);
        return all;
    }

    /** "file: secret (charset)" for every secret found in the raw bytes of any file under {@code folder}. */
    static List<String> plaintextIn(Path folder) throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            for (String secret : SECRETS) {
                for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                    if (indexOf(bytes, secret.getBytes(cs)) >= 0) {
                        found.add(folder.relativize(f) + ": " + secret + " (" + cs + ")");
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
