package org.tarikh.cards;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tarikh.web.Paged;

/** The card browser page's model: the search, one page of cards, the filter choices and the page links. */
public record CardList(CardSearch search, Paged<CardRow> cards, List<CardBrowser.Choice> banks,
                       List<CardBrowser.Choice> topics) {

    /** A state to filter by, as the menu names it. */
    public record StateChoice(String value, String label) {
    }

    public List<StateChoice> states() {
        return CardSearch.STATES.stream()
                .map(s -> new StateChoice(s, Character.toUpperCase(s.charAt(0)) + s.substring(1))).toList();
    }

    public int firstShown() {
        return cards.items().isEmpty() ? 0 : search.page() * search.size() + 1;
    }

    public long lastShown() {
        return (long) search.page() * search.size() + cards.items().size();
    }

    public boolean hasPrevious() {
        return search.page() > 0;
    }

    public boolean hasNext() {
        return lastShown() < cards.total();
    }

    /** The address of another page of the same search. */
    public String pageLink(int page) {
        return "/cards?" + param("q", search.text()) + param("bank", search.bank()) + param("topic", search.topic())
                + param("state", search.state()) + "page=" + page;
    }

    /** Where a card's page returns to: this very list, as a query parameter's value. */
    public String hereEncoded() {
        return URLEncoder.encode(pageLink(search.page()), StandardCharsets.UTF_8);
    }

    private static String param(String name, String value) {
        return value.isEmpty() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }
}
