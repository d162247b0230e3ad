import os, posixpath, stat
# Known missing in minipy's os (process control, xattr, scheduling, exec/spawn, ...):
KNOWN_MISSING = set('''GenericAlias abc abort chown chroot confstr confstr_names copy_file_range ctermid 
device_encoding environb eventfd eventfd_read eventfd_write execl execle execlp execlpe 
execv execve execvp execvpe fchdir fchmod fchown fdatasync fork forkpty fpathconf 
fstatvfs get_inheritable getenvb getgrouplist getgroups getpgid getpgrp getpriority 
getrandom getresgid getresuid getsid getxattr initgroups killpg lchown listxattr lockf 
login_tty major makedev memfd_create minor mkfifo mknod nice openpty pathconf 
pathconf_names pidfd_open pipe2 posix_fadvise posix_fallocate posix_spawn posix_spawnp 
pread preadv pwrite pwritev readv register_at_fork removexattr sched_get_priority_max 
sched_get_priority_min sched_getaffinity sched_getparam sched_getscheduler sched_param 
sched_rr_get_interval sched_setaffinity sched_setparam sched_setscheduler sched_yield 
sendfile set_blocking set_inheritable setegid seteuid setgid setgroups setpgid setpgrp 
setpriority setregid setresgid setresuid setreuid setsid setuid setxattr spawnl spawnle 
spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe splice statvfs statvfs_result sysconf 
sysconf_names tcgetpgrp tcsetpgrp ttyname wait wait3 wait4 waitid waitid_result waitpid 
writev '''.split())
print(sorted(n for n in dir(os) if not n.startswith('_') and n not in KNOWN_MISSING))
print(sorted(n for n in dir(posixpath) if not n.startswith('_')))
print(sorted(n for n in dir(stat) if not n.startswith('_')))
