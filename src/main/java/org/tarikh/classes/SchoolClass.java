package org.tarikh.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tarikh.account.User;

/** A teacher's class ("class" is a Java keyword, hence the name). */
@Entity
@Table(name = "school_class")
public class SchoolClass extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    @Column(name = "join_code")
    public String joinCode;

    @ManyToOne
    @JoinColumn(name = "teacher_id")
    public User teacher;

    @Column(name = "created_at")
    public Instant createdAt;
}
