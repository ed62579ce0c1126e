// The Linux calls Swift cannot reach through Glibc: variadic ones (syscall, prctl) and those glibc declares only
// under _GNU_SOURCE (fallocate). Thin, static inline, one line each.
#ifndef CSYSTEMCALLS_H
#define CSYSTEMCALLS_H

#include <fcntl.h>
#include <linux/falloc.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// fallocate(2) keeping the file's size: reserves `length` bytes from `offset`.
static inline int cs_reserve(int fd, off_t offset, off_t length) {
    return (int)syscall(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE, offset, length);
}

/// prctl(2) with one argument.
static inline int cs_prctl(int option, unsigned long argument) {
    return prctl(option, argument, 0UL, 0UL, 0UL);
}

/// landlock_create_ruleset(2); with a null attribute and flags 1, the ABI version.
static inline long cs_landlock_create_ruleset(const void *attributes, size_t size, uint32_t flags) {
    return syscall(444, attributes, size, flags);
}

/// landlock_add_rule(2).
static inline long cs_landlock_add_rule(int ruleset, int type, const void *attributes, uint32_t flags) {
    return syscall(445, ruleset, type, attributes, flags);
}

/// landlock_restrict_self(2).
static inline long cs_landlock_restrict_self(int ruleset, uint32_t flags) {
    return syscall(446, ruleset, flags);
}

/// seccomp(2), SECCOMP_SET_MODE_FILTER with `program` (a struct sock_fprog).
static inline long cs_seccomp_filter(const void *program) {
    return syscall(SYS_seccomp, 1 /* SECCOMP_SET_MODE_FILTER */, 0, program);
}

#endif
