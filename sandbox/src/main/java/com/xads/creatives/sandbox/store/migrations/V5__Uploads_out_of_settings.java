package com.xads.creatives.sandbox.store.migrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Moves the uploads that earlier builds kept as settings ({@code upload/<account>/<media key>}, JSON) to their table. */
public final class V5__Uploads_out_of_settings extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement kept = context.getConnection().prepareStatement(
                "SELECT name, setting_value FROM settings WHERE name LIKE 'upload/%'");
             PreparedStatement insert = context.getConnection().prepareStatement(
                     "INSERT INTO uploads (account, media_key, media_type, category, width, height, duration_ms)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?)");
             ResultSet rows = kept.executeQuery()) {
            while (rows.next()) {
                String[] name = rows.getString("name").split("/", 3);
                JsonNode upload = JSON.readTree(rows.getString("setting_value"));
                insert.setString(1, name[1]);
                insert.setString(2, name[2]);
                insert.setString(3, upload.path("media_type").asText());
                insert.setString(4, upload.path("category").asText());
                insert.setInt(5, upload.path("width").asInt());
                insert.setInt(6, upload.path("height").asInt());
                insert.setLong(7, upload.path("duration").asLong());
                insert.executeUpdate();
            }
        }
        try (Statement delete = context.getConnection().createStatement()) {
            delete.executeUpdate("DELETE FROM settings WHERE name LIKE 'upload/%'");
        }
    }
}
