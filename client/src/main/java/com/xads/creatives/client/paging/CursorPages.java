package com.xads.creatives.client.paging;

import retrofit2.Call;
import retrofit2.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a list operation page by page, following {@code next_cursor} until it is null. Pages are fetched lazily,
 * one request each, when the iteration reaches them. An API error surfaces as its own (unchecked)
 * {@link com.xads.creatives.client.errors.AdsApiException} subclass; a failure of the connection as an
 * {@link UncheckedIOException}.
 *
 * <pre>{@code
 * Stream<Card> cards = CursorPages.of(
 *         cursor -> client.cards().listCards(account, null, null, null, 200, cursor, null, null, null, null),
 *         CardListResponse::getData, CardListResponse::getNextCursor).items();
 * }</pre>
 *
 * @param <P> the list response type
 * @param <T> the item type
 */
public final class CursorPages<P, T> {

    /** Makes the call for one page; {@code cursor} is null for the first page. */
    @FunctionalInterface
    public interface PageRequest<P> {
        Call<P> page(String cursor);
    }

    private final PageRequest<P> request;
    private final Function<P, List<T>> items;
    private final Function<P, String> nextCursor;

    private CursorPages(PageRequest<P> request, Function<P, List<T>> items, Function<P, String> nextCursor) {
        this.request = request;
        this.items = items;
        this.nextCursor = nextCursor;
    }

    public static <P, T> CursorPages<P, T> of(PageRequest<P> request, Function<P, List<T>> items,
                                              Function<P, String> nextCursor) {
        return new CursorPages<>(request, items, nextCursor);
    }

    /** The pages themselves (for total_count or the request echo), in order. */
    public Stream<P> pages() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED), false);
    }

    /** Every item of every page, in order. */
    public Stream<T> items() {
        return pages().flatMap(page -> {
            List<T> data = items.apply(page);
            return data == null ? Stream.empty() : data.stream();
        });
    }

    public Iterator<T> iterator() {
        return items().iterator();
    }

    private final class PageIterator implements Iterator<P> {
        private String cursor;
        private boolean done;

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public P next() {
            if (done) {
                throw new NoSuchElementException();
            }
            P page = fetch(cursor);
            cursor = nextCursor.apply(page);
            done = cursor == null || cursor.isEmpty();
            return page;
        }
    }

    private P fetch(String cursor) {
        try {
            Response<P> response = request.page(cursor).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("HTTP " + response.code() + " without a page body");
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
