from grind_testing import expect, expect_raises

from solution import KVStore


def state(db, keys, values):
    return [db.get(k) for k in keys], [db.count(v) for v in values]


def test_missing_keys_and_values():
    db = KVStore()
    expect(db.get("nope"), None, "get of a missing key")
    expect(db.count(42), 0, "count of an unused value")
    db.delete("nope")
    db.set("a", 1)
    db.delete("nope")
    expect(state(db, ["a"], [1]), ([1], [1]), "state after deleting missing keys")


def test_overwrites_keep_counts_right():
    db = KVStore()
    db.set("a", "x")
    db.set("a", "x")
    expect(db.count("x"), 1, "count after setting the same value twice")
    db.set("b", "x")
    db.set("a", "y")
    expect(state(db, ["a", "b"], ["x", "y"]), (["y", "x"], [1, 1]), "after overwriting a")
    db.delete("b")
    db.delete("b")
    expect(state(db, ["a", "b"], ["x", "y"]), (["y", None], [0, 1]), "after deleting b twice")


def test_commit_and_rollback_without_a_transaction_raise():
    db = KVStore()
    db.set("a", 1)
    expect_raises(RuntimeError, db.commit)
    expect_raises(RuntimeError, db.rollback)
    db.begin()
    db.set("a", 2)
    db.commit()
    expect_raises(RuntimeError, db.commit)
    expect_raises(RuntimeError, db.rollback)
    expect(state(db, ["a"], [1, 2]), ([2], [0, 1]), "state after the failed calls")


def test_rollback_restores_every_kind_of_change():
    db = KVStore()
    db.set("kept", 1)
    db.set("changed", 1)
    db.set("deleted", 2)
    db.begin()
    db.set("changed", 3)
    db.delete("deleted")
    db.set("created", 2)
    db.set("kept", 1)
    expect(state(db, ["kept", "changed", "deleted", "created"], [1, 2, 3]),
           ([1, 3, None, 2], [1, 1, 1]), "inside the transaction")
    db.rollback()
    expect(state(db, ["kept", "changed", "deleted", "created"], [1, 2, 3]),
           ([1, 1, 2, None], [2, 1, 0]), "after the rollback")


def test_many_changes_to_one_key_roll_back_to_the_start():
    db = KVStore()
    db.set("a", 1)
    db.begin()
    db.set("a", 2)
    db.set("a", 3)
    db.delete("a")
    db.set("a", 4)
    db.rollback()
    expect(state(db, ["a"], [1, 2, 3, 4]), ([1], [1, 0, 0, 0]), "after the rollback")


def test_created_then_deleted_in_a_transaction():
    db = KVStore()
    db.begin()
    db.set("tmp", 5)
    db.delete("tmp")
    db.commit()
    expect(state(db, ["tmp"], [5]), ([None], [0]), "after commit")
    db.begin()
    db.set("tmp", 5)
    db.delete("tmp")
    db.rollback()
    expect(state(db, ["tmp"], [5]), ([None], [0]), "after rollback")


def test_rollback_closes_only_the_innermost():
    db = KVStore()
    db.begin()
    db.set("a", 1)
    db.begin()
    db.set("a", 2)
    db.set("b", 5)
    db.rollback()
    expect(state(db, ["a", "b"], [1, 2, 5]), ([1, None], [1, 0, 0]), "after the inner rollback")
    db.rollback()
    expect(state(db, ["a", "b"], [1, 2, 5]), ([None, None], [0, 0, 0]), "after the outer rollback")
    expect_raises(RuntimeError, db.rollback)


def test_nested_commit_merges_into_the_parent():
    db = KVStore()
    db.set("a", 0)
    db.begin()
    db.set("a", 1)
    db.begin()
    db.set("a", 2)
    db.set("b", 7)
    db.commit()
    expect(state(db, ["a", "b"], [0, 1, 2, 7]), ([2, 7], [0, 0, 1, 1]), "after the inner commit")
    db.rollback()
    expect(state(db, ["a", "b"], [0, 1, 2, 7]), ([0, None], [1, 0, 0, 0]),
           "after rolling back the parent of a committed transaction")


def test_key_changed_only_in_the_committed_child_is_rolled_back_by_the_parent():
    db = KVStore()
    db.set("x", "old")
    db.begin()
    db.begin()
    db.delete("x")
    db.set("y", "new")
    db.commit()
    db.rollback()
    expect(state(db, ["x", "y"], ["old", "new"]), (["old", None], [1, 0]), "after the outer rollback")


def test_three_levels_commit_inner_rollback_middle_commit_outer():
    db = KVStore()
    db.set("a", 1)
    db.begin()
    db.set("a", 2)
    db.begin()
    db.set("b", 2)
    db.begin()
    db.set("c", 2)
    db.commit()
    expect(db.count(2), 3, "count(2) after the innermost commit")
    db.rollback()
    expect(state(db, ["a", "b", "c"], [1, 2]), ([2, None, None], [0, 1]), "after the middle rollback")
    db.commit()
    expect_raises(RuntimeError, db.commit)
    expect(state(db, ["a", "b", "c"], [1, 2]), ([2, None, None], [0, 1]), "after the outer commit")


def test_count_is_constant_time_on_a_big_store():
    db = KVStore()
    n = 50000
    for i in range(n):
        db.set("key%d" % i, i % 100)
    total = 0
    for i in range(n):
        total += db.count(i % 200)
    expect(total, n // 2 * (n // 100), "sum of the counts")


def test_begin_does_not_copy_a_big_store():
    db = KVStore()
    for i in range(50000):
        db.set("key%d" % i, i)
    for i in range(5000):
        db.begin()
        db.set("key%d" % i, -1)
        if i % 2:
            db.commit()
        else:
            db.rollback()
    expect(db.count(-1), 2500, "keys set to -1 by the committed transactions")
    expect((db.get("key0"), db.get("key1")), (0, -1), "key0 and key1")


def test_commit_into_a_big_parent_does_not_copy_its_log():
    db = KVStore()
    db.begin()
    n = 40000
    for i in range(n):
        db.set("key%d" % i, i)
    for i in range(20000):
        db.begin()
        db.set("key%d" % (i % 100), -1)
        db.commit()
    expect(db.count(-1), 100, "keys set to -1 by the committed children")
    db.rollback()
    expect((db.get("key0"), db.get("key%d" % (n - 1)), db.count(-1)), (None, None, 0),
           "after rolling back the parent of 20000 committed children")


def test_get_does_not_search_deeply_nested_transactions():
    db = KVStore()
    db.set("base", "b")
    depth = 20000
    for i in range(depth):
        db.begin()
        db.set("level", i)
    seen = 0
    for _ in range(depth):
        if db.get("base") == "b" and db.count("b") == 1:
            seen += 1
    expect(seen, depth, "reads of the base key with 20000 open transactions")
    for i in range(depth - 1, 0, -1):
        db.rollback()
        if i % 5000 == 0:
            expect(db.get("level"), i - 1, "level after rolling back to depth %d" % i)
    db.rollback()
    expect(db.get("level"), None, "level after closing every transaction")
    expect_raises(RuntimeError, db.rollback)
