package com.xads.creatives.client.resources;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list: its items, the cursor of the next page, and the total when it was asked for. {@link #autoPaging()}
 * walks this page and every following one, fetching each when it is reached; an error on a later page is thrown
 * there, as the API's own (unchecked) exception type.
 */
public final class Page<T> {

    private final List<T> data;
    private final String nextCursor;
    private final Long totalCount;
    private final Function<String, Page<T>> fetchNext;

    /** @param fetchNext the page after this one, given its cursor; null when the list has no cursor */
    public Page(List<T> data, String nextCursor, Long totalCount, Function<String, Page<T>> fetchNext) {
        this.data = data == null ? List.of() : List.copyOf(data);
        this.nextCursor = nextCursor;
        this.totalCount = totalCount;
        this.fetchNext = fetchNext;
    }

    public List<T> data() {
        return data;
    }

    /** The cursor of the next page; empty on the last one. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** The number of items in the whole list, when the request asked for it ({@code with_total_count}). */
    public Optional<Long> totalCount() {
        return Optional.ofNullable(totalCount);
    }

    public boolean hasNext() {
        return nextCursor != null && fetchNext != null;
    }

    /** The next page; NoSuchElementException on the last one. */
    public Page<T> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("this is the last page");
        }
        return fetchNext.apply(nextCursor);
    }

    /** Every item of this page and the pages after it, fetched as the iteration reaches them. */
    public Iterable<T> autoPaging() {
        return () -> new Iterator<>() {
            private Page<T> page = Page.this;
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= page.data.size() && page.hasNext()) {
                    page = page.next();
                    index = 0;
                }
                return index < page.data.size();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.data.get(index++);
            }
        };
    }

    /** {@link #autoPaging()} as a stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(autoPaging().iterator(), Spliterator.ORDERED), false);
    }
}
