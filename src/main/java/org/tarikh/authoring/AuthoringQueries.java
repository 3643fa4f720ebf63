package org.tarikh.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tarikh.bank.Bank;
import org.tarikh.bank.Question;

/** Small reads the editor needs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthoringQueries {

    /** The topics already used in the bank, offered as suggestions. */
    public List<String> topics(Bank bank) {
        return Question.getEntityManager().createQuery("select distinct q.topic from Question q where q.bank = ?1"
                + " and q.current = true order by q.topic", String.class).setParameter(1, bank).getResultList();
    }
}
