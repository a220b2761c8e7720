#!/usr/bin/env python3
"""Seeded generator for parse-access-log (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240904

SAMPLES = [
    ("mixed",
     '10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET / HTTP/1.1" 200 512 "-" "curl/8.0"\n'
     '10.0.0.2 - bob [10/Oct/2023:13:55:37 +0000] "POST /login HTTP/1.1" 302 - "https://example.com/" '
     '"Mozilla/5.0 (Windows NT 10.0)"\n'
     '10.0.0.1 - - [10/Oct/2023:13:55:38 +0000] "GET /missing HTTP/1.1" 404 128 "-" "curl/8.0"\n'
     'this is not a log line\n'
     '\n'
     '10.0.0.3 - - [10/Oct/2023:13:55:39 +0000] "GET /big HTTP/1.1" 200 90000 "-" "-"\n'
     '10.0.0.2 - - [10/Oct/2023:13:55:40 +0000] "GET /err HTTP/1.1" 503 0 "" ""\n'),
    ("malformed-lines",
     '192.168.1.5 - - [01/Jan/2024:00:00:00 +0000] "GET /a HTTP/1.1" 200 1000\n'
     '192.168.1.5 - - [01/Jan/2024:00:00:01 +0000] "GET /b HTTP/1.1" 20 100 "-" "-"\n'
     '192.168.1.5 - - [01/Jan/2024:00:00:02 +0000] "GET /c HTTP/1.1" 200 - "-" "-"\n'),
]

AGENTS = ["curl/8.0", "-", "", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)",
          "python-requests/2.31", "Googlebot/2.1 (+http://www.google.com/bot.html)", "[brackets] (parens) {x}"]
PATHS = ["/", "/api/items?page=2&sort=-price", "/login", "/static/app.js", "/a b c", "-", ""]
METHODS = ["GET", "POST", "PUT", "DELETE", "HEAD"]
STATUSES = ["200", "201", "204", "301", "302", "304", "400", "401", "403", "404", "429", "500", "502", "503",
            "100", "101", "599", "199"]


def line(ip, status="200", size="512", request="GET / HTTP/1.1", user="-", ident="-",
         time="10/Oct/2023:13:55:36 +0000", referer="-", agent="curl/8.0"):
    return f'{ip} {ident} {user} [{time}] "{request}" {status} {size} "{referer}" "{agent}"'


def random_line(rng, ips):
    size = rng.choice(["-", str(rng.randint(0, 100)), str(rng.randint(0, 10**6)), str(rng.randint(0, 10**12))])
    request = rng.choice(["%s %s HTTP/1.1" % (rng.choice(METHODS), rng.choice(PATHS)), "-", ""])
    return line(rng.choice(ips), rng.choice(STATUSES), size, request, user=rng.choice(["-", "bob", "a@b"]),
                time="%02d/Oct/2023:%02d:%02d:%02d +0000" % (rng.randint(1, 28), rng.randint(0, 23),
                                                             rng.randint(0, 59), rng.randint(0, 59)),
                referer=rng.choice(["-", "https://example.com/x y", ""]), agent=rng.choice(AGENTS))


def broken_line(rng, ips):
    """A line with exactly one flaw."""
    good = line(rng.choice(ips), size=str(rng.randint(0, 999)))
    flaws = [
        lambda: good + ' "extra"',
        lambda: good + " extra",
        lambda: " " + good,
        lambda: good.replace(" - - ", " -  - ", 1),
        lambda: good.replace(" 200 ", " 600 ", 1),
        lambda: good.replace(" 200 ", " 099 ", 1),
        lambda: good.replace(" 200 ", " 2000 ", 1),
        lambda: good.replace(" 200 ", " 2OO ", 1),
        lambda: good.replace('" 200 ', '" 200 12a ', 1).replace(" 12a " + good.split(" 200 ")[1].split(" ")[0], " 12a", 1),
        lambda: good.rsplit(' "', 1)[0],
        lambda: good.replace('"GET / HTTP/1.1"', "GET / HTTP/1.1", 1),
        lambda: good.replace('"GET / HTTP/1.1"', '"GET /"x" HTTP/1.1"', 1),
        lambda: good.replace("[10/Oct/2023:13:55:36 +0000]", "10/Oct/2023:13:55:36", 1),
        lambda: good.replace("[10/Oct/2023:13:55:36 +0000]", "[10/Oct/2023:13:55:36 +0000", 1),
        lambda: good[:-1],
        lambda: good[: rng.randint(1, len(good) - 1)],
        lambda: "GET / HTTP/1.1 200",
        lambda: "-",
    ]
    return rng.choice(flaws)()


def text(lines):
    return "".join(x + "\n" for x in lines)


def hidden(rng):
    ips4 = ["10.0.0.%d" % i for i in (1, 2, 9, 10, 11)]
    cases = []
    cases.append(("blank-lines-only", "\n\n\n"))
    cases.append(("single-request", text([line("127.0.0.1", size="42")])))
    cases.append(("only-malformed", text(["hello", "", "127.0.0.1 - - [x] \"GET /\" 200", "- - - - - - - - -"])))
    cases.append(("malformed-variants", text(
        [line("10.0.0.1", size="7")] + [
            line("10.0.0.1") + ' "extra"',
            line("10.0.0.1") + " extra",
            " " + line("10.0.0.1"),
            line("10.0.0.1").replace(" - - ", " -  - ", 1),
            line("10.0.0.1", status="600"),
            line("10.0.0.1", status="099"),
            line("10.0.0.1", status="2000"),
            line("10.0.0.1", status="2OO"),
            line("10.0.0.1", size="12a"),
            line("10.0.0.1", size=""),
            line("10.0.0.1", size="--"),
            line("10.0.0.1", request='GET /"x" HTTP/1.1'),
            line("10.0.0.1").replace('"GET / HTTP/1.1"', "GET / HTTP/1.1"),
            line("10.0.0.1").replace("[10/Oct/2023:13:55:36 +0000]", "10/Oct/2023:13:55:36"),
            line("10.0.0.1").replace("+0000]", "+0000"),
            line("10.0.0.1")[:-1],
            line("10.0.0.1").rsplit(' "', 1)[0],
            line("10.0.0.1").replace('" 200', '"  200'),
        ])))
    cases.append(("unusual-valid-fields", text([
        line("2001:db8::1", request="", agent=""),
        line("proxy.internal", request="-", referer="", user="user@example.com", ident="id-7"),
        line("10.0.0.5", time="any text: even [ this", agent="[brackets] (parens) {braces} 'single'"),
        line("10.0.0.5", request="GET /a b c HTTP/1.1", status="100", size="0"),
        line("10.0.0.5", status="599", size="1000000000000"),
        line("10.0.0.6", time="", status="199", size="-"),
    ])))
    cases.append(("status-classes", text([line("1.1.1.1", status=s) for s in
                                          ["100", "204", "299", "301", "399", "400", "451", "500", "599", "200"]])))
    # Ties: the first-seen IP is the larger string, so first-seen order is wrong.
    order = ["10.0.0.9", "10.0.0.10", "b.example", "a.example", "10.0.0.9", "10.0.0.10", "b.example",
             "a.example", "c.example", "zz"]
    cases.append(("top-ties-by-ip-string", text([line(ip, size=str(i)) for i, ip in enumerate(order)])))
    cases.append(("two-distinct-ips", text([line("10.0.0.2"), line("10.0.0.1"), line("10.0.0.2")])))
    cases.append(("all-same-ip", text([line("8.8.8.8", size=str(s)) for s in range(50)])))
    # Percentile positions: m a multiple of 20 (95m/100 whole), and just around it.
    for m in (1, 2, 19, 20, 21, 40, 100):
        sizes = [rng.randint(0, 10**6) * 10 + k for k in range(m)]
        rng.shuffle(sizes)
        cases.append((f"percentile-m{m}", text([line(ips4[k % 5], size=str(s)) for k, s in enumerate(sizes)])))
    lines = [line("10.0.0.1", size="-") for _ in range(30)] + [line("10.0.0.2", size=str(s)) for s in (5, 900, 70)]
    rng.shuffle(lines)
    cases.append(("dash-sizes-left-out", text(lines)))
    cases.append(("all-sizes-dash", text([line("10.0.0.1", size="-"), line("10.0.0.2", size="-")])))
    for k in range(3):
        ips = ["10.0.%d.%d" % (rng.randint(0, 2), rng.randint(0, 20)) for _ in range(rng.randint(1, 8))]
        lines = [random_line(rng, ips) if rng.random() < 0.8 else broken_line(rng, ips)
                 for _ in range(rng.randint(10, 60))]
        cases.append((f"random-{k}", text(lines)))
    ips = ["172.16.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255)) for _ in range(300)]
    lines = [random_line(rng, ips) if rng.random() < 0.95 else broken_line(rng, ips) for _ in range(1500)]
    cases.append(("large-mixed", text(lines)))
    # Large: every IP distinct, short lines.
    n = 24000
    lines = ['%d.%d.%d.%d - - [t] "GET /" %s %d "-" "-"' % (10 + k % 7, k // 65536 % 256, k // 256 % 256, k % 256,
                                                             rng.choice(["200", "404"]), rng.randint(0, 999))
             for k in range(n)]
    rng.shuffle(lines)
    cases.append(("large-distinct-ips", text(lines)))
    return cases


def small(rng):
    ips = ["10.0.0.%d" % rng.randint(1, 12) for _ in range(rng.randint(1, 5))]
    lines = []
    for _ in range(rng.randint(0, 25)):
        r = rng.random()
        lines.append(random_line(rng, ips) if r < 0.7 else broken_line(rng, ips) if r < 0.95 else "")
    return text(lines) if lines else "\n"


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                        brute="submissions/accepted/manual_parser.py")
