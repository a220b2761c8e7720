# The textbook recursion: about F(n) calls, so already far too slow at n = 40. (For n above
# about 1,000 it would also hit the recursion limit, but the mid-sized tests time out first.)
MOD = 1_000_000_007


def fib(n: int) -> int:
    if n < 2:
        return n
    return (fib(n - 1) + fib(n - 2)) % MOD
