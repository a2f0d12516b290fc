package dev.passage.backup;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    private static BackupInfo at(Instant t, long version, boolean verified) {
        return new BackupInfo(Path.of("b-" + t + ".zip"), t, version, "3", 100, "x", verified);
    }

    @Test
    void keepsTheLastKPlusTheNewestOfEachDayForDDays() {
        List<BackupInfo> all = new ArrayList<>();
        // today: 12 backups ten minutes apart; then one backup at noon on each of the 20 days before
        for (int i = 0; i < 12; i++) {
            all.add(at(NOW.minus(Duration.ofMinutes(10L * i)), 1000 - i, true));
        }
        for (int d = 1; d <= 20; d++) {
            Instant noon = NOW.minus(Duration.ofDays(d)).minus(Duration.ofHours(3));
            all.add(at(noon, 900 - d, true));
            all.add(at(noon.minus(Duration.ofHours(1)), 800 - d, true)); // an older one the same day
        }
        List<BackupInfo> drop = BackupRetention.toDelete(all, new BackupSettings(10, 14, 10), NOW, ZoneOffset.UTC);
        List<BackupInfo> kept = all.stream().filter(b -> !drop.contains(b)).toList();
        // the newest 10 (all today) + one for each of the 13 days before today
        assertThat(kept).hasSize(10 + 13);
        assertThat(kept).containsAll(all.subList(0, 10));
        assertThat(kept).doesNotContain(all.get(10), all.get(11));
        for (int d = 1; d <= 13; d++) {
            Instant noon = NOW.minus(Duration.ofDays(d)).minus(Duration.ofHours(3));
            assertThat(kept).extracting(BackupInfo::time).contains(noon).doesNotContain(noon.minus(Duration.ofHours(1)));
        }
        assertThat(kept).extracting(BackupInfo::time).allMatch(t -> t.isAfter(NOW.minus(Duration.ofDays(14))));
    }

    @Test
    void anUnverifiedBackupGoesOnlyWhenANewerGoodOneExists() {
        BackupInfo oldBad = at(NOW.minusSeconds(3600), 5, false);
        BackupInfo good = at(NOW.minusSeconds(60), 6, true);
        BackupInfo newestBad = at(NOW, 7, false);
        List<BackupInfo> drop = BackupRetention.toDelete(List.of(oldBad, good, newestBad), new BackupSettings(1, 0, 0), NOW, ZoneOffset.UTC);
        assertThat(drop).containsExactly(oldBad);
    }

    @Test
    void aServiceKeepsOnlyWhatTheProjectsSettingsSay() throws Exception {
        Path project = java.nio.file.Files.createTempDirectory("retention").resolve("p.passage");
        try (var store = dev.passage.store.ProjectStore.create(project, "P", dev.passage.model.Language.EN)) {
            new BackupSettings(2, 0, 0).save(project);
            var clock = new java.util.concurrent.atomic.AtomicReference<>(NOW);
            BackupService service = new BackupService(store, new java.time.Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public java.time.Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return clock.get();
                }
            });
            List<BackupInfo> made = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clock.set(NOW.plusSeconds(i));
                made.add(service.backUp());
            }
            assertThat(new BackupCatalog(project).list()).containsExactly(made.get(3), made.get(2));
            assertThat(made.get(0).file()).doesNotExist();
            assertThat(made.get(0).file().resolveSibling(made.get(0).name() + ".properties")).doesNotExist();
        } finally {
            BackupArchive.deleteTree(project.getParent());
        }
    }
}
