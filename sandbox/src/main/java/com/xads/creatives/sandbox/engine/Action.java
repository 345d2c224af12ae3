package com.xads.creatives.sandbox.engine;

/** What an operation does to its kind of object. */
public enum Action {
    LIST, GET, CREATE, UPDATE, DELETE, FETCH_BY_URI, PREVIEW_DRAFT, PREVIEW_TWEETS
}
