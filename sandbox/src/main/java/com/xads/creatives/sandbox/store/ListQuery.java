package com.xads.creatives.sandbox.store;

import java.util.List;

/**
 * A page request over one kind of object of one account. Empty lists mean "no filter". The order is a column and a
 * direction; ties are broken by insertion order, which also makes the keyset cursor stable.
 */
public record ListQuery(String kind, String account, List<String> ids, List<String> altIds, List<String> types,
                        List<String> parents, String namePrefix, String searchTerm, boolean withDeleted,
                        SortColumn sort, boolean descending, int limit, String cursor) {

    /** The orders lists support: sort_by attributes. */
    public enum SortColumn {
        CREATED_AT("seq"), UPDATED_AT("updated_at"), NAME("name"), DELETED("deleted");

        final String column;

        SortColumn(String column) {
            this.column = column;
        }
    }
}
