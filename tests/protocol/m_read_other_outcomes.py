# exercise: counter
# expect: accepted
# cause: a test of a warm module runner looks for what belongs to its parent or to other tests (the runner's descriptors and memory through /proc, the channel, any pipe or file besides its own stdout, stderr and report, other tests' directories): anything it reaches fails the test, so a correct solution must still be accepted
import os

_seen = []


def _runner_parent():
    try:
        with open("/proc/%d/comm" % os.getppid(), "rb") as f:
            return f.read().startswith(b"python")
    except OSError:
        return False


def _look():
    parent = os.getppid()
    # The runner's descriptors and memory (it is non-dumpable).
    try:
        names = os.listdir("/proc/%d/fd" % parent)
    except OSError:
        names = []
    for n in names:
        for flags in (os.O_RDONLY | os.O_NONBLOCK, os.O_WRONLY | os.O_NONBLOCK):
            try:
                os.close(os.open("/proc/%d/fd/%s" % (parent, n), flags))
                _seen.append("the runner's descriptor %s" % n)
            except OSError:
                pass
    try:
        with open("/proc/%d/mem" % parent, "rb") as f:
            f.read(1)
        _seen.append("the runner's memory")
    except OSError:
        pass
    # Descriptors of our own: stdout, stderr and one report pipe, nothing else (no channel,
    # no acknowledgements, no other test's files).
    pipes = []
    for n in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink("/proc/self/fd/%s" % n)
        except OSError:
            continue
        fd = int(n)
        if fd > 2 and target.startswith("pipe:"):
            pipes.append(fd)
        elif fd > 2 and not target.startswith("/proc/"):
            _seen.append("descriptor %d (%s)" % (fd, target))
    if len(pipes) > 1:
        _seen.append("%d pipes (the channel?)" % len(pipes))
    # Other tests' directories, and what is in them.
    try:
        for d in os.listdir(".."):
            path = os.path.join("..", d)
            if os.path.isdir(path) and not os.path.samefile(path, "."):
                _seen.append("another directory %s: %s" % (d, os.listdir(path)))
    except OSError:
        pass


def make_counter():
    if _runner_parent():
        _look()
    if _seen:
        raise RuntimeError("reached: %s" % "; ".join(_seen))
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter
