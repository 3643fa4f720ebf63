package org.tarikh;

import java.util.logging.LogManager;

/**
 * Quarkus's static initialisation (its configuration, the bean container, Hibernate's metadata: about a third of
 * the main thread's work in a start) run on a thread of its own while the main thread checks the database, which
 * that initialisation does not read: the database's address, created or embedded, is only set for the runtime
 * configuration that Quarkus builds afterwards. On 2 cores the two overlap (docs/PERFORMANCE.md, eighteenth session).
 */
final class StaticInitAhead {

    /** The class Quarkus generates at build time; its static initialiser runs every static-init build step. */
    private static final String APPLICATION = "io.quarkus.runner.ApplicationImpl";

    private final String className;
    private final Thread thread;
    private volatile Error failure;

    /** For {@code className}'s static initialiser: Quarkus's application, or a class of the tests'. */
    StaticInitAhead(String className) {
        this.className = className;
        thread = new Thread(this::initialise, "quarkus-static-init");
        thread.setDaemon(true); // a database found unusable ends the process without waiting for it
    }

    /**
     * Starts it. The log manager is set up first, on the calling thread: both sides log, and two threads
     * initialising the same classes in a different order could each wait for the other.
     */
    static StaticInitAhead start() {
        // What Quarkus.run sets before it loads the application; the log manager's property is set by TarikhMain.
        System.setProperty("java.util.concurrent.ForkJoinPool.common.threadFactory",
                "io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory");
        LogManager.getLogManager();
        return new StaticInitAhead(APPLICATION).begin();
    }

    StaticInitAhead begin() {
        thread.start();
        return this;
    }

    /** Waits until it is done; a failure is thrown here, with its cause, rather than left for Quarkus to find. */
    void await() throws InterruptedException {
        thread.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void initialise() {
        try {
            Class.forName(className, true, StaticInitAhead.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // not a packaged app (no generated application): Quarkus itself says what is wrong
        } catch (Error e) { // what a static initialiser throws (ExceptionInInitializerError) or linking does
            failure = e;
        }
    }
}
