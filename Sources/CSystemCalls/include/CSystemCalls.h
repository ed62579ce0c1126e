// The Linux calls Swift cannot reach through Glibc: variadic ones (syscall, prctl) and those glibc declares only
// under _GNU_SOURCE (fallocate), and the structures of Landlock and seccomp. Thin and static inline.
#ifndef CSYSTEMCALLS_H
#define CSYSTEMCALLS_H

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/falloc.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// O_PATH, which glibc defines only under _GNU_SOURCE (the same on x86_64 and aarch64).
#define CS_O_PATH 010000000

/// fallocate(2) keeping the file's size: reserves `length` bytes from `offset`.
static inline int cs_reserve(int fd, off_t offset, off_t length) {
    return (int)syscall(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE, offset, length);
}

/// prctl(2) with one argument.
static inline int cs_prctl(int option, unsigned long argument) {
    return prctl(option, argument, 0UL, 0UL, 0UL);
}

/// struct landlock_ruleset_attr as of Landlock ABI 6 (older kernels read a prefix of it: pass the size they know).
struct cs_landlock_ruleset_attr {
    uint64_t handled_access_fs;
    uint64_t handled_access_net;
    uint64_t scoped;
};

/// struct landlock_path_beneath_attr.
struct __attribute__((packed)) cs_landlock_path_beneath_attr {
    uint64_t allowed_access;
    int32_t parent_fd;
};

/// The Landlock ABI version the kernel offers (landlock_create_ruleset with LANDLOCK_CREATE_RULESET_VERSION), or
/// -1 (errno ENOSYS, EOPNOTSUPP) when it offers none.
static inline long cs_landlock_abi(void) {
    return syscall(444 /* landlock_create_ruleset */, NULL, 0, 1U);
}

/// landlock_create_ruleset(2): the first `size` bytes of `attributes`.
static inline long cs_landlock_create_ruleset(const struct cs_landlock_ruleset_attr *attributes, size_t size) {
    return syscall(444, attributes, size, 0U);
}

/// landlock_add_rule(2) with LANDLOCK_RULE_PATH_BENEATH: `allowed` beneath the file or folder open as `fd`.
static inline long cs_landlock_allow(int ruleset, uint64_t allowed, int fd) {
    struct cs_landlock_path_beneath_attr rule = { allowed, fd };
    return syscall(445 /* landlock_add_rule */, ruleset, 1 /* LANDLOCK_RULE_PATH_BENEATH */, &rule, 0U);
}

/// landlock_restrict_self(2).
static inline long cs_landlock_restrict_self(int ruleset) {
    return syscall(446, ruleset, 0U);
}

#if defined(__x86_64__)
#define CS_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define CS_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

/// A seccomp filter of nine instructions: a call of another architecture kills the process; calls of the x32 ABI,
/// socket(2) and io_uring_setup(2) fail with EACCES; everything else is allowed (the rest of the box is Landlock's).
/// Needs no_new_privs (or CAP_SYS_ADMIN). Returns 0, or -1 with errno.
static inline int cs_seccomp_deny_sockets(void) {
#ifdef CS_AUDIT_ARCH
    struct sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, CS_AUDIT_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 3, 0),  /* x32 */
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_socket, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_io_uring_setup, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EACCES & SECCOMP_RET_DATA)),
    };
    struct sock_fprog program = { (unsigned short)(sizeof(filter) / sizeof(filter[0])), filter };
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program);
#else
    errno = ENOSYS;
    return -1;
#endif
}

#endif
