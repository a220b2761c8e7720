#!/usr/bin/env python3
"""Seeded generator for csv-sales-by-category (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 20240903

SAMPLES = [
    ("basic", "order_id,category,amount\n1,Books,12.50\n2,Garden,7.25\n3,Books,0.10\n\n4,\"Home, Kitchen\",3.99\n"),
    ("quotes-and-refunds",
     "amount,note,category\n19.99,\"gift, wrapped\",Toys\n-19.99,refund,Toys\n"
     "5.00,\"the \"\"best\"\" one\",\"Books \"\"Rare\"\"\"\n-0.50,adjustment,\"Books \"\"Rare\"\"\"\n"),
]


def q(value):
    """CSV-quote a value when it needs it (or sometimes anyway)."""
    if any(ch in value for ch in ',"') or value == "":
        return '"' + value.replace('"', '""') + '"'
    return value


def amount(rng, big=False):
    if big == "positive":
        cents = rng.randint(9 * 10**10, 10**11 - 1)
    elif big:
        cents = rng.randint(-10**11 + 1, 10**11 - 1)
    else:
        cents = rng.choice([rng.randint(-999, 999), rng.randint(-10**6, 10**6), rng.randint(0, 10**5)])
    if cents == 0:
        cents = 1
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


def table(rng, header, rows, blank_rate=0.0, quote_all=False):
    lines = [",".join(q(h) if not quote_all else '"%s"' % h for h in header)]
    for row in rows:
        while rng.random() < blank_rate:
            lines.append("")
        lines.append(",".join(('"' + v.replace('"', '""') + '"') if quote_all else q(v) for v in row))
    return "\n".join(lines) + "\n"


def random_case(rng, n, categories, big=False, extra_cols=2, blank_rate=0.05):
    cols = ["category", "amount"] + ["note", "order_id", "sku", "customer", "region"][:extra_cols]
    rng.shuffle(cols)
    notes = ["", "ok", "gift, wrapped", 'said "thanks"', "a,b,c", "-", "1.00"]
    rows = []
    for i in range(n):
        values = {"category": rng.choice(categories), "amount": amount(rng, big), "note": rng.choice(notes),
                  "order_id": str(1000 + i), "sku": "SKU-%d" % rng.randint(1, 99),
                  "customer": rng.choice(["Ann", "O'Brien, Pat", '"Bo"']), "region": rng.choice(["EU", "US"])}
        rows.append([values[c] for c in cols])
    return table(rng, cols, rows, blank_rate)


CATEGORIES = ["Books", "books", "Garden", "Home, Kitchen", "Toys", 'Books "Rare"', "Zed", "apple", "Électro",
              "Sport: Outdoor", "a b", "A"]


def float_drifts(text):
    """Whether adding the amounts as floats prints a wrong total for some category."""
    import csv
    from decimal import Decimal
    rows = list(csv.reader(text.splitlines()))
    c, a = rows[0].index("category"), rows[0].index("amount")
    exact, floats = {}, {}
    for row in rows[1:]:
        if row:
            exact[row[c]] = exact.get(row[c], Decimal(0)) + Decimal(row[a])
            floats[row[c]] = floats.get(row[c], 0.0) + float(row[a])
    return any("%.2f" % floats[k] != "%.2f" % exact[k] for k in exact)


def hidden(rng):
    cases = [
        ("header-only", "category,amount\n"),
        ("header-then-blank-lines", "amount,category\n\n\n"),
        ("single-sale", "category,amount\nBooks,0.01\n"),
        ("small-refund-total", "category,amount\nRefunds,-0.05\nRefunds,0.02\nMixed,-3.10\nMixed,1.05\n"),
        ("negative-below-one", "id,amount,category\n1,-0.50,A\n2,-0.45,A\n3,-12.00,B\n4,0.99,B\n5,-0.01,C\n"),
        ("totals-cancel-to-zero", "category,amount\nX,10.10\nX,-10.10\nY,-0.99\nY,0.99\nY,5.00\nY,-5.00\n"),
        ("amount-column-quoted", 'category,amount\n"Books","12.50"\nBooks,"-2.25"\n"Garden, Outdoor","1.00"\n'),
        ("header-quoted", '"note","amount","category"\n"x",1.00,Tea\n"y, z",2.50,"Tea"\n'),
        ("case-sensitive-sort", "category,amount\nbanana,1.00\nApple,2.00\napple,3.00\nBanana,4.00\nÉclair,5.00\nzed,6.00\n"),
        ("blank-lines-everywhere", "\n".join(["category,amount", "", "A,1.00", "", "", "B,2.00", "A,0.01", "", ""]) + "\n"),
        ("commas-and-quotes-in-every-field",
         'note,category,amount,sku\n"a, ""b"", c","He said ""hi"", then left",7.77,"S,1"\n'
         '"","He said ""hi"", then left",0.23,""\n",",Plain,1.00,","\n'),
        ("category-with-colon-and-spaces", "category,amount\nSport: Outdoor,3.00\n a b ,4.00\nSport: Outdoor,0.50\n"),
        ("float-drift-large-sums", "category,amount\n" + "Servers,999999999.99\n" * 1000 + "Misc,0.10\n" * 3),
    ]
    while True:  # random large amounts on which float addition visibly drifts
        text = random_case(rng, 4000, ["Infra", "Payroll"], big="positive", extra_cols=0, blank_rate=0)
        if float_drifts(text):
            cases.append(("float-drift-mixed", text))
            break
    for k in range(3):
        cats = rng.sample(CATEGORIES, rng.randint(1, 6))
        cases.append((f"random-{k}", random_case(rng, rng.randint(5, 40), cats, extra_cols=rng.randint(0, 5))))
    cats = CATEGORIES + ["cat-%02d" % i for i in range(40)]
    cases.append(("large-many-categories", random_case(rng, 10000, cats, big=False, extra_cols=1, blank_rate=0.01)))
    cases.append(("large-big-amounts", random_case(rng, 4000, cats[:8], big=True, extra_cols=0, blank_rate=0)))
    return cases


def small(rng):
    cats = rng.sample(CATEGORIES, rng.randint(1, 4))
    return random_case(rng, rng.randint(0, 10), cats, big=rng.random() < 0.3, extra_cols=rng.randint(0, 5),
                       blank_rate=0.2)


if __name__ == "__main__":
    genlib.StdioExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                        brute="submissions/accepted/manual_parser.py")
