#!/usr/bin/env python3
"""Seeded generator for top-n-per-group (see tools/gen/genlib.py for the command line)."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools" / "gen"))
import genlib  # noqa: E402

SEED = 4103
DEPARTMENTS = ["Engineering", "Sales", "Support", "Finance", "Legal", "Design", "Research", "People"]
NAMES = ["Ana", "Bram", "Cleo", "Dmitri", "Eun", "Fatou", "Gil", "Hana", "Ivo", "Jade", "Kofi", "Lena",
         "Milo", "Nia", "Otto", "Pia", "Quinn", "Rosa", "Sami", "Tess"]


def sql_value(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def data(departments, employees):
    """departments: [(id, name)]; employees: [(id, name, salary, department_id or None)]."""
    out = []
    if departments:
        values = ",\n".join(f"({i}, {sql_value(n)})" for i, n in departments)
        out.append(f"INSERT INTO department (id, name) VALUES\n{values};\n")
    else:
        out.append("-- no departments\n")
    if employees:
        values = ",\n".join(f"({i}, {sql_value(n)}, {s}, {sql_value(d)})" for i, n, s, d in employees)
        out.append(f"INSERT INTO employee (id, name, salary, department_id) VALUES\n{values};\n")
    else:
        out.append("-- no employees\n")
    return "".join(out)


def staff(*groups):
    """groups: (department_id, [salaries]) pairs -> employee rows with generated names."""
    rows, k = [], 0
    for dept, salaries in groups:
        for s in salaries:
            k += 1
            rows.append((k, f"{NAMES[(k - 1) % len(NAMES)]}{(k - 1) // len(NAMES) or ''}", s, dept))
    return rows


def random_case(rng, n_depts, n_emps, salary_values, unassigned_rate=0.05):
    dept_ids = sorted(rng.sample(range(1, 10 * n_depts + 1), n_depts))
    names = rng.sample(DEPARTMENTS, min(n_depts, len(DEPARTMENTS)))
    names += [f"Team {k}" for k in range(len(names), n_depts)]
    departments = list(zip(dept_ids, names))
    used = [d for d in dept_ids if rng.random() < 0.85]
    salaries = sorted(rng.sample(range(30, 300), salary_values))
    employees = []
    for k in range(n_emps):
        dept = None if rng.random() < unassigned_rate or not used else rng.choice(used)
        employees.append((k + 1, f"{rng.choice(NAMES)}{rng.randint(1, 99)}", 1000 * rng.choice(salaries), dept))
    rng.shuffle(employees)
    return data(departments, employees)


SAMPLES = [("example", data(
    [(1, "Engineering"), (2, "Sales")],
    [(1, "Ana", 900, 1), (2, "Bram", 700, 1), (3, "Cleo", 900, 1), (4, "Dmitri", 600, 1),
     (5, "Eun", 500, 1), (6, "Fatou", 800, 2), (7, "Gil", 400, 2)],
))]


def hidden(rng):
    two = [(1, "Engineering"), (2, "Sales")]
    return [
        ("empty-tables", data([], [])),
        ("departments-without-employees", data(two, [])),
        ("only-unassigned-employees", data(two, staff((None, [500, 400, 300, 200])))),
        ("one-employee", data(two, staff((2, [1000])))),
        ("tie-at-the-top", data(two, staff((1, [100, 100, 90, 80, 70])))),
        ("tie-at-third-place", data(two, staff((1, [100, 90, 80, 80, 80, 70])))),
        ("ties-everywhere", data(two, staff((1, [50, 50, 40, 40, 30, 30, 20, 20]), (2, [9, 9, 9, 9, 8, 7, 6])))),
        ("fewer-than-three-distinct", data(two, staff((1, [300] * 6), (2, [200, 100, 200])))),
        ("exactly-three-distinct", data(two, staff((1, [3, 1, 2, 3, 1])))),
        ("same-salaries-in-two-departments", data(two, staff((1, [10, 20, 30, 40]), (2, [40, 10, 50, 20, 60])))),
        ("empty-department-among-others", data([(1, "Engineering"), (2, "Sales"), (3, "Legal")],
                                                staff((1, [5, 6]), (3, [7]), (None, [99, 98, 97])))),
        ("unassigned-earn-the-most", data(two, staff((None, [900, 900, 800]), (1, [100, 200, 300, 400])))),
        ("zero-salaries", data(two, staff((1, [0, 0, 1]), (2, [0])))),
        ("random-small", random_case(rng, 3, 20, 8)),
        ("random-many-ties", random_case(rng, 6, 300, 6)),
        ("random-large", random_case(rng, 40, 1200, 150)),
        # Two employees may share a name and a salary: each is a row (no DISTINCT, no GROUP BY name).
        ("namesakes-with-the-same-salary", data(two, [(1, "Ana", 900, 1), (2, "Ana", 900, 1), (3, "Bram", 700, 1),
                                                      (4, "Ana", 700, 1), (5, "Cleo", 600, 1), (6, "Cleo", 600, 1),
                                                      (7, "Dev", 500, 1), (8, "Ana", 900, 2), (9, "Ana", 900, 2)])),
    ]


def small(rng):
    return random_case(rng, rng.randint(0, 3), rng.randint(0, 10), rng.randint(1, 5), 0.15)


if __name__ == "__main__":
    genlib.SqlExercise(__file__).main(SAMPLES, hidden, SEED, stress=small,
                                      brute="submissions/accepted/count_higher_distinct.sql")
