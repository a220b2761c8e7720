# exercise: sum
# expect: wrong_answer
# cause: a setsid daemon left by case 1 wrote later cases' outputs
import os, sys, time
a, b = map(int, sys.stdin.read().split())
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        # Keep overwriting every output file in the run directory with a right-looking answer.
        for _ in range(400):
            for parent in ("..", "../.."):
                try:
                    names = os.listdir(parent)
                except OSError:
                    continue
                for name in names:
                    if name.startswith("_out") or name.startswith("_in"):
                        try:
                            with open(os.path.join(parent, name), "w") as f:
                                f.write("0\n")
                        except OSError:
                            pass
            time.sleep(0.005)
        os._exit(0)
    os._exit(0)
print(a + b + 1)
