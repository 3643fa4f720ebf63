package org.tarikh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StaticInitAheadTest {

    static final class Initialised {
        static final String THREAD = Thread.currentThread().getName();
    }

    static final class Failing {
        static {
            if (true) {
                throw new IllegalStateException("no configuration");
            }
        }
    }

    @Test
    void theStaticInitialiserRunsOnItsOwnThreadAndIsDoneOnceAwaited() throws InterruptedException {
        new StaticInitAhead(Initialised.class.getName()).begin().await();
        assertEquals("quarkus-static-init", Initialised.THREAD);
        assertNotEquals(Thread.currentThread().getName(), Initialised.THREAD);
    }

    @Test
    void aFailureIsThrownWhereItIsAwaitedWithItsCause() {
        StaticInitAhead ahead = new StaticInitAhead(Failing.class.getName()).begin();
        ExceptionInInitializerError failure = assertThrows(ExceptionInInitializerError.class, ahead::await);
        assertTrue(failure.getCause() instanceof IllegalStateException, String.valueOf(failure.getCause()));
        assertEquals("no configuration", failure.getCause().getMessage());
    }

    @Test
    void aMissingClassIsLeftToQuarkus() throws InterruptedException {
        new StaticInitAhead("org.tarikh.NoSuchGeneratedApplication").begin().await();
    }
}
