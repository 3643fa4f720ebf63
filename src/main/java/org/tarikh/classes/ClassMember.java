package org.tarikh.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A learner's membership of a class, from the day they joined (reports show work from then on). */
@Entity
@Table(name = "class_member")
@IdClass(ClassMember.Key.class)
public class ClassMember extends PanacheEntityBase {

    @Id
    @Column(name = "class_id")
    public Long classId;

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(name = "joined_at")
    public Instant joinedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public Long classId;
        public Long userId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(classId, k.classId) && java.util.Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(classId, userId);
        }
    }
}
