package com.xads.creatives.sandbox.store;

/** A file "uploaded" through the sandbox control, standing in for the upload host: what the Media Library reads. */
public record StoredUpload(String account, String mediaKey, String mediaType, String category, int width, int height,
                           long durationMillis) {
}
