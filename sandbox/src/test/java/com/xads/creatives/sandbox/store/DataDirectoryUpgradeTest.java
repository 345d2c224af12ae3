package com.xads.creatives.sandbox.store;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data directory written by the last build before Flyway (resources/data-dirs/README.md says what is in it) is
 * baselined and migrated: its uploads move to their own table, and its schema history lists every migration.
 * That the sandbox then serves all of it is shown by {@code ReleaseDataDirectoryTest}.
 */
public class DataDirectoryUpgradeTest {

    static final String UNUSED_UPLOAD = "3_2127929314744729601";

    /** The fixture's database, unpacked into a new directory. */
    public static Path unpackedDirectoryOfTheRelease() throws Exception {
        Path dir = Files.createTempDirectory("made-by-4985d02");
        try (InputStream in = DataDirectoryUpgradeTest.class.getResourceAsStream("/data-dirs/made-by-4985d02.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, dir.resolve(entry.getName()));
            }
        }
        return dir;
    }

    @Test
    void theReleasesDirectoryIsBaselinedAndMigrated() throws Exception {
        int historyRows;
        Path dir = unpackedDirectoryOfTheRelease();
        try (Database db = new Database(dir)) {
            assertEquals(List.of(), column(db, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'"),
                    "the fixture is from before Flyway");
            List<String> uploadSettings = column(db, "SELECT name FROM settings WHERE name LIKE 'upload/%'");
            assertTrue(uploadSettings.contains("upload/18ce54d4x5t/" + UNUSED_UPLOAD), "its uploads are settings: " + uploadSettings);

            ObjectStore store = SqlObjectStore.migrated(db.dataSource());

            assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                    column(db, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
            assertEquals(List.of(), column(db, "SELECT name FROM settings WHERE name LIKE 'upload/%'"));
            assertEquals(List.of(String.valueOf(uploadSettings.size())), column(db, "SELECT COUNT(*) FROM uploads"));
            StoredUpload unused = store.upload("18ce54d4x5t", UNUSED_UPLOAD).orElseThrow();
            assertEquals(new StoredUpload("18ce54d4x5t", UNUSED_UPLOAD, "IMAGE", "TWEET_IMAGE", 800, 800, 0), unused);
            assertEquals(Optional.of("true"), store.setting("seeded"), "the other settings stay");
            historyRows = column(db, "SELECT \"installed_rank\" FROM \"flyway_schema_history\"").size();
        }
        try (Database again = new Database(dir)) {
            SqlObjectStore.migrated(again.dataSource());
            assertEquals(historyRows, column(again, "SELECT \"installed_rank\" FROM \"flyway_schema_history\"").size(), "nothing runs twice");
        }
    }

    private static List<String> column(Database db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
