package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesBecomeQuestionMarksInOrderAndMayRepeat() {
        NamedSql sql = NamedSql.of("SELECT * FROM card WHERE user_id = :user AND due <= :now AND owner = :user");
        assertEquals("SELECT * FROM card WHERE user_id = ? AND due <= ? AND owner = ?", sql.positional());
        assertEquals(List.of("user", "now", "user"), sql.names());
    }

    @Test
    void castsAndQuotedTextAreLeftAlone() {
        NamedSql sql = NamedSql.of("SELECT :day::date, 'at :noon' AS t, x->>'k' FROM t WHERE n = :n_2");
        assertEquals("SELECT ?::date, 'at :noon' AS t, x->>'k' FROM t WHERE n = ?", sql.positional());
        assertEquals(List.of("day", "n_2"), sql.names());
    }
}
