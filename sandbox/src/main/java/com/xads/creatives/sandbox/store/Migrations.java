package com.xads.creatives.sandbox.store;

import com.xads.creatives.sandbox.store.migrations.V3__Due_times_of_scheduled_tweets;
import com.xads.creatives.sandbox.store.migrations.V5__Uploads_out_of_settings;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Brings a database's schema to this build's with Flyway: the SQL migrations of {@code db/migration}, those of
 * {@code db/migration-h2} or {@code db/migration-postgresql} (the same versions, where the SQL must differ), and the
 * Java ones of {@code store.migrations}. A directory made before Flyway (no history table, tables present) is
 * baselined at version 0, so every migration runs over it; each was written to hold on such a directory. Instances
 * that start at once on one PostgreSQL database migrate one after the other ({@link SqlDialect#oneInstanceAtATime}).
 */
public final class Migrations {

    private Migrations() {
    }

    public static void migrate(DataSource dataSource) {
        SqlDialect dialect = SqlDialect.of(dataSource);
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", dialect.migrations())
                .javaMigrations(new V3__Due_times_of_scheduled_tweets(), new V5__Uploads_out_of_settings())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        dialect.oneInstanceAtATime(dataSource, () -> flyway.migrate());
    }
}
