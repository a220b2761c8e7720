# exercise: counter
# expect: wrong_answer
# cause: an assertion message of many megabytes must be clipped, not carried whole to the judge
def make_counter():
    class Huge:
        def __repr__(self):
            return "x" * (50 * 1024 * 1024)

        def __eq__(self, other):
            return False

    return lambda: Huge()
