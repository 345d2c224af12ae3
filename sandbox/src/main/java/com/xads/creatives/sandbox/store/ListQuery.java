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
        CREATED_AT("seq", "objects_by_seq"), UPDATED_AT("updated_key", "objects_by_updated_key"),
        NAME("name_key", "objects_by_name_key"), DELETED("deleted", "objects_by_deleted");

        final String column;
        /** The index that holds this order within an account (see ObjectStore's schema). */
        final String index;

        SortColumn(String column, String index) {
            this.column = column;
            this.index = index;
        }
    }
}
