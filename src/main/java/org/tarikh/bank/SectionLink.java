package org.tarikh.bank;

/** One cited section of a bank's source and a link to it ({@code url} null when the bank has no source address). */
public record SectionLink(String section, String url) {
}
