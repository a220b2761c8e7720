# grind forking helpers: what a warm runner that forks a child per case or test needs to keep
# each child away from itself and from the others. grind runs this file after channel.py and in
# front of batch.py (stdio) and module_fork.py (module tests), as one script.
import _signal
import os
import stat


def prctl(option, arg):
    """`prctl(option, arg)`'s result, or None if it cannot be called.

    It is called through `_ctypes`, the C half of `ctypes`, which loads in well under a
    millisecond where the `ctypes` package takes about 5; `ctypes` itself is the fallback."""
    try:
        import _ctypes

        call = _ctypes.dlsym(_ctypes.dlopen(None, os.RTLD_NOW), "prctl")
        return _ctypes.call_function(call, (option, arg, 0, 0, 0))
    except Exception:
        pass
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl(option, arg, 0, 0, 0)
    except Exception:
        return None


def nondumpable():
    """PR_SET_DUMPABLE 0: /proc/<our pid>/fd and ptrace become out of reach of the cases;
    PR_GET_DUMPABLE must then say 0."""
    return prctl(4, 0) == 0 and prctl(3, 0) == 0


def close_descriptors(keep=-1):
    """Closes every descriptor above 2 but `keep`: the ones there are, as /proc/self/fd lists
    them, else a whole range (Python 3.8 and 3.9 close a range one number at a time: 65536
    system calls)."""
    try:
        fds = [int(n) for n in os.listdir("/proc/self/fd")]
    except (OSError, ValueError):
        fds = range(3, 1 << 16)
    for fd in fds:
        if fd > 2 and fd != keep:
            try:
                os.close(fd)
            except OSError:
                pass


def anonymous_file(data=b""):
    """A read-write file with no name anywhere: O_TMPFILE where the filesystem has it, else a
    name that exists only for the moment between create and unlink."""
    try:
        fd = os.open(".", os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600)
    except (AttributeError, OSError):
        while True:
            name = "_tmp%s" % os.urandom(8).hex()
            try:
                fd = os.open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
            except FileExistsError:
                continue
            os.unlink(name)
            break
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.lseek(fd, 0, os.SEEK_SET)
    return fd


def read_back(fd, cap):
    """What a case wrote to one of its files, through our own descriptor: a regular file only,
    at most `cap` bytes; also the file's full size."""
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        return b"", 0
    out = bytearray()
    offset = 0
    while len(out) < cap:
        chunk = os.pread(fd, min(1 << 20, cap - len(out)), offset)
        if not chunk:
            break
        out += chunk
        offset += len(chunk)
    return bytes(out), st.st_size


def subreaper():
    """PR_SET_CHILD_SUBREAPER: a process a case leaves behind becomes our child when its
    parent dies, even from a session of its own, so `kill_leftovers` finds it outside a PID
    namespace too."""
    return prctl(36, 1) == 0


def kill_children():
    """Kills and reaps every child we still have (the case has been waited for): a daemon in a
    session of its own, reparented to us, the subreaper, would otherwise live on into the next
    case."""
    path = "/proc/self/task/%d/children" % os.getpid()
    for _ in range(100):
        try:
            with open(path, "rb") as f:
                pids = [int(p) for p in f.read().split()]
        except (OSError, ValueError):
            return
        if not pids:
            return
        # Only the pids just killed are waited for: a process reparented to us meanwhile is
        # alive until the next round kills it.
        for p in pids:
            try:
                os.kill(p, _signal.SIGKILL)
                os.waitpid(p, 0)
            except OSError:
                pass


def kill_leftovers(case_pid):
    """Ends every process the case left behind. In our own PID namespace (the keeper, its init,
    is our parent) that is every process but the keeper and us; elsewhere, the case's group and
    every process we inherited as a subreaper (see `subreaper`)."""
    if os.getppid() == 1:
        for _ in range(100):
            try:
                os.kill(-1, _signal.SIGKILL)
            except ProcessLookupError:
                break
            try:
                while os.waitpid(-1, os.WNOHANG)[0] > 0:
                    pass
            except ChildProcessError:
                pass
    else:
        try:
            os.killpg(case_pid, _signal.SIGKILL)
        except OSError:
            pass
        kill_children()


def remove_case_dir(path):
    """Removes a case's directory; most cases leave it empty, which needs no `shutil`."""
    try:
        os.rmdir(path)
    except OSError:
        import shutil

        shutil.rmtree(path, ignore_errors=True)


def disk_full():
    """Whether the run directory's filesystem (a private, size-limited tmpfs) is full."""
    try:
        st = os.statvfs(".")
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024 and st.f_blocks * st.f_frsize < 1 << 40
