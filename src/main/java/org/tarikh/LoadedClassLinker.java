package org.tarikh;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links every class a class loader has loaded, at the end of the start-up training. The JVM writes only linked
 * classes into the class-data archive at exit, and a start loads about 4,000 classes it never links during the
 * training (1,200 of them Hibernate's: interfaces, annotation and event types looked up by name); a real start
 * then read those from the jars. Asking a class for its declared members links it (and loads the types its
 * signatures name, hence a few rounds). Reading the loader's list needs {@code --add-opens
 * java.base/java.lang=ALL-UNNAMED}, which only the training run is given; without it nothing is linked.
 */
final class LoadedClassLinker {

    private static final int ROUNDS = 3;

    private LoadedClassLinker() {
    }

    /** Links what {@code loader} has loaded; answers how many classes were linked, or -1 when the list is closed. */
    static int linkAll(ClassLoader loader) {
        Set<Class<?>> linked = new HashSet<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Class<?>> loaded = loadedBy(loader);
            if (loaded == null) {
                return -1;
            }
            boolean more = false;
            for (Class<?> c : loaded) {
                if (linked.add(c)) {
                    more = true;
                    link(c);
                }
            }
            if (!more) {
                break;
            }
        }
        return linked.size();
    }

    private static void link(Class<?> c) {
        try {
            c.getDeclaredMethods();
            c.getDeclaredFields();
            c.getDeclaredConstructors();
        } catch (LinkageError | RuntimeException e) {
            // an optional dependency that is absent, or a class that does not verify: it stays out of the archive
        }
    }

    /**
     * A copy of the loader's list of the classes it defined, or null when the JVM keeps it closed. Reflection
     * hides ClassLoader's fields, a VarHandle reaches them.
     */
    @SuppressWarnings("unchecked")
    private static List<Class<?>> loadedBy(ClassLoader loader) {
        try {
            VarHandle classes = MethodHandles.privateLookupIn(ClassLoader.class, MethodHandles.lookup())
                    .findVarHandle(ClassLoader.class, "classes", ArrayList.class);
            Collection<Class<?>> list = (Collection<Class<?>>) classes.get(loader);
            synchronized (list) {
                return new ArrayList<>(list);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
