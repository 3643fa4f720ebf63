package org.tarikh.classes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.tarikh.account.User;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotAllowed;
import org.tarikh.failure.NotFound;
import org.tarikh.signin.FailedAttempts;
import org.tarikh.text.UnsafeText;
import org.tarikh.web.TextInput;

/**
 * Classes and who belongs to them: creating and joining a class, who teaches it, who its members are, and which
 * assignments a member may see. Setting work is {@link AssignmentService}'s, reading progress {@link ClassProgress}'s.
 */
@ApplicationScoped
public class ClassService {

    private final EntityManager em;
    private final Clock clock;
    private final FailedAttempts failures;

    ClassService(EntityManager em, Clock clock, FailedAttempts failures) {
        this.em = em;
        this.clock = clock;
        this.failures = failures;
    }

    static final int MAX_NAME = 100;

    @Transactional
    public SchoolClass create(String teacher, String name) {
        String clean = name == null ? "" : UnsafeText.withoutBidiControls(name).strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw InvalidInput.of("name", "A class needs a name of 1 to " + MAX_NAME + " characters.");
        }
        SchoolClass c = new SchoolClass();
        c.name = TextInput.name("name", clean, MAX_NAME);
        c.teacher = User.require(teacher);
        c.createdAt = clock.instant();
        c.joinCode = freshCode();
        c.persist();
        return c;
    }

    /** Joins a class by its code; wrong codes are counted, and too many in a row are refused (429) for a while. */
    public SchoolClass join(String username, String code, String address) {
        failures.checkAllowed(FailedAttempts.Kind.JOIN_CODE, username, address);
        try {
            return QuarkusTransaction.joiningExisting().call(() -> joinNow(username, code));
        } catch (NotFound wrongCode) {
            failures.recordFailure(FailedAttempts.Kind.JOIN_CODE, username, address);
            throw wrongCode;
        }
    }

    private SchoolClass joinNow(String username, String code) {
        String normal = JoinCodes.normalise(code);
        if (normal.isEmpty()) {
            throw InvalidInput.of("joinCode", "Type the class's join code, e.g. KMTRAX.");
        }
        SchoolClass c = SchoolClass.<SchoolClass>find("joinCode", normal).firstResultOptional()
                .orElseThrow(() -> new NotFound("No class has the join code '" + normal + "': check it with your teacher."));
        User u = User.require(username);
        if (c.teacher.id.equals(u.id)) {
            throw new Conflict("You teach this class; learners join it with the code.");
        }
        em.createNativeQuery("INSERT INTO class_member (class_id, user_id, joined_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, c.id).setParameter(2, u.id).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return c;
    }

    /** The class, if {@code username} teaches it: 404 when there is none, 403 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SchoolClass taughtBy(String username, long classId) {
        SchoolClass c = SchoolClass.<SchoolClass>findByIdOptional(classId)
                .orElseThrow(() -> new NotFound("There is no class " + classId + "."));
        if (!c.teacher.username.equals(username)) {
            throw new NotAllowed("Only the class's teacher can see or change it.");
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolClass> taughtClasses(String username) {
        return SchoolClass.list("teacher.username = ?1 order by createdAt desc", username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolClass> joinedClasses(String username) {
        return em.createQuery("select c from SchoolClass c where c.id in (select m.classId from ClassMember m"
                + " where m.userId = (select u.id from User u where u.username = ?1)) order by c.name", SchoolClass.class)
                .setParameter(1, username).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(SchoolClass c, String username) {
        return ClassMember.count("classId = ?1 and userId = (select u.id from User u where u.username = ?2)", c.id, username) > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> members(SchoolClass c) {
        return em.createQuery("select u from User u where u.id in (select m.userId from ClassMember m where m.classId = ?1)"
                + " order by u.username", User.class).setParameter(1, c.id).getResultList();
    }

    /** The assignment, when {@code username} is a member of its class (404 otherwise: its existence is not revealed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment forMember(String username, long assignmentId) {
        return Assignment.<Assignment>findByIdOptional(assignmentId)
                .filter(a -> isMember(a.schoolClass, username))
                .orElseThrow(() -> new NotFound("There is no assignment " + assignmentId + " in your classes."));
    }

    private static String freshCode() {
        for (int tries = 0; tries < 20; tries++) {
            String code = JoinCodes.next();
            if (SchoolClass.count("joinCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 20 tries");
    }

}
