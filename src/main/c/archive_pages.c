/*
 * The native half of org.tarikh.ArchivePages: one madvise(2) per mapping of the class-data archive, so that the
 * kernel copies its pages in one call instead of one page fault each. The build compiles this where it finds a C
 * compiler (the profile "archive-pages-native" in pom.xml); without it, ArchivePages writes each page instead.
 * No jni.h is needed: the JNI environment and class arguments are pointers, and a jlong is a 64-bit integer.
 */
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14: fault every page in as if written, without writing */
#endif

/* Returns 0, or errno (EINVAL before Linux 5.14). */
int32_t Java_org_tarikh_ArchivePages_populateWritable(void *env, void *cls, int64_t address, int64_t length) {
    (void) env;
    (void) cls;
    return madvise((void *) (intptr_t) address, (size_t) length, MADV_POPULATE_WRITE) == 0 ? 0 : errno;
}
