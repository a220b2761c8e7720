from grind_testing import expect, expect_raises

from solution import KVStore


def test_get_set_delete_count():
    db = KVStore()
    db.set("a", 10)
    db.set("b", 10)
    expect(db.get("a"), 10, "get a")
    expect(db.count(10), 2, "count(10)")
    db.delete("a")
    expect(db.get("a"), None, "get a after delete")
    expect(db.count(10), 1, "count(10) after delete")


def test_rollback_undoes_the_transaction():
    db = KVStore()
    db.set("a", 1)
    db.begin()
    db.set("a", 2)
    db.set("b", 3)
    db.rollback()
    expect((db.get("a"), db.get("b")), (1, None), "a and b after rollback")
    expect_raises(RuntimeError, db.rollback)


def test_prompt_example():
    db = KVStore()
    db.set("a", 10)
    db.set("b", 10)
    expect(db.count(10), 2, "count(10)")
    db.begin()
    db.set("a", 20)
    db.begin()
    db.delete("b")
    expect(db.count(10), 0, "count(10) inside the inner transaction")
    db.rollback()
    expect(db.get("b"), 10, "b after the inner rollback")
    db.commit()
    expect(db.get("a"), 20, "a after the outer commit")
    expect_raises(RuntimeError, db.rollback)
