package org.tarikh.bank;

import java.util.Map;

/** A bank with its live question counts, per topic and per type. */
public record BankOverview(Bank bank, int questionCount, Map<String, Integer> byTopic, Map<String, Integer> byType) {

    public String owner() {
        return bank.owner == null ? null : bank.owner.username;
    }
}
