package com.xads.creatives.sandbox.store.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.rules.ApiTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Pending Scheduled Tweets stored before due times were kept get theirs (their {@code scheduled_at}, to the second),
 * so they still go live. Was a back-fill at every start; runs once now.
 */
public final class V3__Due_times_of_scheduled_tweets extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement pending = context.getConnection().prepareStatement(
                "SELECT seq, body FROM objects WHERE kind = 'scheduled_tweet' AND type = 'SCHEDULED' AND due_at IS NULL");
             PreparedStatement due = context.getConnection().prepareStatement("UPDATE objects SET due_at = ? WHERE seq = ?");
             ResultSet rows = pending.executeQuery()) {
            while (rows.next()) {
                JsonNode at = JSON.readTree(rows.getString("body")).path("scheduled_at");
                Optional<Instant> instant = at.isTextual() ? ApiTime.parse(at.asText()) : Optional.empty();
                if (instant.isPresent()) {
                    due.setLong(1, instant.get().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
                    due.setLong(2, rows.getLong("seq"));
                    due.executeUpdate();
                }
            }
        }
    }
}
