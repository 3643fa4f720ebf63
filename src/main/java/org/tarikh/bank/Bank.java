package org.tarikh.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tarikh.account.User;
import org.tarikh.failure.NotFound;

/** A bank of questions: curated (no owner, loaded from questions/) or a teacher's own. */
@Entity
@Table(name = "bank")
public class Bank extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String description;
    public String language;
    public String subject;

    @Column(name = "source_title")
    public String sourceTitle;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "source_license")
    public String sourceLicense;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_sections")
    public List<String> sourceSections = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "owner_id")
    public User owner;

    /** Other teachers may copy this bank (curated banks can always be copied). */
    public boolean shared;

    /** The bank this one was copied from, first of the line; null when it is no copy (its own id names the family). */
    @Column(name = "family_id")
    public Long familyId;

    @Version
    @Column(name = "lock_version")
    public int lockVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean curated() {
        return owner == null;
    }

    /** Whether this teacher may copy the bank: a curated one, their own, or one its owner has shared. */
    public boolean copyableBy(String username) {
        return curated() || shared || owner.username.equals(username);
    }

    public static Optional<Bank> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The bank named {@code slug}, or 404. */
    public static Bank require(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFound("There is no bank '" + slug + "'."));
    }
}
