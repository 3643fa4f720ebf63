package org.tarikh.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.tarikh.failure.NotFound;

/** An account; its password is kept only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    @Convert(converter = RoleColumn.class)
    public Role role;

    @Column(name = "desired_retention")
    public double desiredRetention;

    @Column(name = "new_cards_per_day")
    public int newCardsPerDay;

    /** The learner's own FSRS weights, comma-separated (Weights.toText); null: the defaults. */
    @Column(name = "fsrs_parameters")
    public String fsrsParameters;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The account named {@code username}, or 404. */
    public static User require(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFound("There is no user '" + username + "'."));
    }

}
