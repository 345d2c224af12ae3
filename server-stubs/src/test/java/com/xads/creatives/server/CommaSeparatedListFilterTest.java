package com.xads.creatives.server;

import com.xads.creatives.server.support.CommaSeparatedListFilter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Comma-separated list parameters become one query item per value; other parameters are left alone. */
class CommaSeparatedListFilterTest {

    @Test
    void splitsListParametersOnly() {
        URI uri = URI.create("http://h/12/accounts/a/cards/poll?card_ids=a%2Cb,c&q=x%2Cy&count=2");
        assertEquals(URI.create("http://h/12/accounts/a/cards/poll?card_ids=a&card_ids=b&card_ids=c&q=x%2Cy&count=2"),
                CommaSeparatedListFilter.expand(uri, Set.of("card_ids")));
    }

    @Test
    void keepsAnEmptyValueForUnsetting() {
        URI uri = URI.create("http://h/x?media_keys=&text=t");
        assertEquals(uri, CommaSeparatedListFilter.expand(uri, Set.of("media_keys")));
    }

    @Test
    void findsTheListParametersOfTheContract() {
        Set<String> names = CommaSeparatedListFilter.listParametersOfContract();
        assertTrue(names.containsAll(Set.of("card_ids", "card_uris", "media_keys", "tweet_ids", "account_media_ids",
                "creative_types", "card_types", "line_item_ids", "preroll_call_to_action_ids", "card_id")), names.toString());
        assertTrue(!names.contains("q") && !names.contains("count"));
    }
}
