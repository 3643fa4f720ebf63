package org.tarikh.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/**
 * One version of a question. Saving a changed question adds a version; the old row stays, because attempts
 * and reviews point at it. The content holds the answer: it never leaves the server as it is.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_id")
    public Bank bank;

    @Column(name = "question_key")
    public String key;

    public int version;

    @Convert(converter = QuestionTypeColumn.class)
    public QuestionType type;

    public String topic;
    public String prompt;

    // Replaced, never changed in place: Hibernate need not copy it (a JSON round trip) for every row it loads.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> content;

    public String section;

    @Column(name = "is_current")
    public boolean current;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The typed question, read back from its stored content (parsed once per version: {@link ParsedSpecs}). */
    public QuestionSpec spec() {
        return ParsedSpecs.of(this);
    }

    public boolean live() {
        return current && retiredAt == null;
    }

    /** The current, not retired questions of a bank, in a stable order. */
    public static List<Question> listLive(Bank bank) {
        return list("bank = ?1 and current = true and retiredAt is null order by id", bank);
    }

    /** The current version of every question of a bank, retired ones included. */
    public static List<Question> listCurrent(Bank bank) {
        return list("bank = ?1 and current = true order by id", bank);
    }
}
