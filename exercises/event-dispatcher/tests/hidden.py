from grind_testing import expect, expect_raises

from solution import EventBus


def recorder(log, name):
    return lambda *args: log.append((name,) + args)


def test_once_can_be_unsubscribed_before_it_runs():
    bus = EventBus()
    log = []
    cancel = bus.once("e", recorder(log, "once"))
    cancel()
    expect(bus.publish("e"), 0, "handlers called")
    cancel()
    expect(log, [], "calls")


def test_unsubscribe_twice_is_harmless():
    bus = EventBus()
    log = []
    handler = recorder(log, "h")
    first = bus.subscribe("e", handler)
    bus.subscribe("e", handler)
    first()
    first()  # must not raise, and must not remove the second registration
    expect(bus.publish("e"), 1, "handlers called")
    expect(log, [("h",)], "calls")


def test_unsubscribing_several_removes_exactly_those():
    bus = EventBus()
    log = []
    cancels = {name: bus.subscribe("e", recorder(log, name)) for name in "abcde"}
    cancels["a"]()
    cancels["c"]()
    expect(bus.publish("e"), 3, "handlers called after removing a and c")
    expect(log, [("b",), ("d",), ("e",)], "calls after removing a and c")
    cancels["e"]()
    cancels["b"]()
    del log[:]
    expect(bus.publish("e"), 1, "handlers called after also removing e and b")
    expect(log, [("d",)], "calls after also removing e and b")


def test_cancelling_a_once_handler_after_it_ran_touches_nothing_else():
    bus = EventBus()
    log = []
    h = recorder(log, "h")
    cancel_once = bus.once("e", h)
    bus.subscribe("e", h)
    bus.subscribe("e", recorder(log, "g"))
    expect(bus.publish("e"), 3, "first publish")
    cancel_once()
    cancel_once()
    del log[:]
    expect(bus.publish("e"), 2, "publish after cancelling the once handler that already ran")
    expect(log, [("h",), ("g",)], "calls")


def test_no_handlers_and_separate_events():
    bus = EventBus()
    log = []
    expect(bus.publish("nobody-listens", 1), 0, "handlers called for an unknown event")
    bus.subscribe("a", recorder(log, "a"))
    expect(bus.publish("b"), 0, "handlers called for another event")
    expect(log, [], "calls")


def test_same_handler_twice_keeps_both_places():
    bus = EventBus()
    log = []
    h, g = recorder(log, "h"), recorder(log, "g")
    bus.subscribe("e", h)
    bus.subscribe("e", g)
    second_h = bus.subscribe("e", h)
    expect(bus.publish("e"), 3, "handlers called with h registered twice")
    second_h()
    del log[:]
    expect(bus.publish("e"), 2, "handlers called after removing the second h")
    expect(log, [("h",), ("g",)], "order after removing the second registration of h")


def test_once_and_subscribe_share_one_order():
    bus = EventBus()
    log = []
    bus.subscribe("e", recorder(log, "a"))
    bus.once("e", recorder(log, "b"))
    bus.subscribe("e", recorder(log, "c"))
    bus.once("e", recorder(log, "d"))
    expect(bus.publish("e", 1), 4, "first publish")
    expect(bus.publish("e", 2), 2, "second publish")
    expect(log, [("a", 1), ("b", 1), ("c", 1), ("d", 1), ("a", 2), ("c", 2)], "calls")


def test_handler_unsubscribing_itself_does_not_skip_the_next():
    bus = EventBus()
    log = []
    holder = {}

    def first():
        log.append("first")
        holder["unsubscribe"]()

    holder["unsubscribe"] = bus.subscribe("e", first)
    bus.subscribe("e", lambda: log.append("second"))
    bus.subscribe("e", lambda: log.append("third"))
    expect(bus.publish("e"), 3, "handlers called by the first publish")
    expect(log, ["first", "second", "third"], "calls in the first publish")
    expect(bus.publish("e"), 2, "handlers called by the second publish")


def test_handler_removed_by_another_is_still_called_this_time():
    bus = EventBus()
    log = []
    holder = {}

    def remover():
        log.append("remover")
        holder["victim"]()

    bus.subscribe("e", remover)
    holder["victim"] = bus.subscribe("e", lambda: log.append("victim"))
    expect(bus.publish("e"), 2, "handlers called while the victim is removed")
    expect(log, ["remover", "victim"], "calls in the first publish")
    expect(bus.publish("e"), 1, "handlers called by the next publish")


def test_handler_subscribed_during_publish_starts_next_time():
    bus = EventBus()
    log = []

    def adder():
        log.append("adder")
        bus.subscribe("e", lambda: log.append("new"))

    bus.once("e", adder)
    bus.subscribe("e", lambda: log.append("old"))
    expect(bus.publish("e"), 2, "handlers called by the first publish")
    expect(log, ["adder", "old"], "calls in the first publish")
    expect(bus.publish("e"), 2, "handlers called by the second publish")
    expect(log, ["adder", "old", "old", "new"], "calls after the second publish")


def test_a_raising_handler_does_not_stop_the_others():
    bus = EventBus()
    log = []
    first_error = ValueError("first")

    def bad_one():
        log.append("bad one")
        raise first_error

    def bad_two():
        log.append("bad two")
        raise KeyError("second")

    bus.subscribe("e", lambda: log.append("before"))
    bus.subscribe("e", bad_one)
    bus.subscribe("e", lambda: log.append("middle"))
    bus.subscribe("e", bad_two)
    bus.subscribe("e", lambda: log.append("after"))
    err = expect_raises(ValueError, bus.publish, "e")
    expect(err is first_error, True, "the exception re-raised is the first one raised")
    expect(log, ["before", "bad one", "middle", "bad two", "after"], "calls")


def test_once_handler_that_raises_is_removed():
    bus = EventBus()
    log = []

    def flaky():
        log.append("flaky")
        raise RuntimeError("boom")

    bus.once("e", flaky)
    expect_raises(RuntimeError, bus.publish, "e")
    try:
        second = bus.publish("e")
    except RuntimeError:
        second = "RuntimeError: the once handler ran again"
    expect(second, 0, "handlers called after the once handler raised")
    expect(log, ["flaky"], "calls")


def test_once_is_at_most_once_with_a_nested_publish():
    bus = EventBus()
    log = []
    state = {"depth": 0}

    def republish():
        log.append("republish")
        if state["depth"] == 0:
            state["depth"] += 1
            expect(bus.publish("e"), 2, "handlers called by the nested publish")

    bus.subscribe("e", republish)
    bus.once("e", lambda: log.append("once"))
    expect(bus.publish("e"), 1, "handlers called by the outer publish")
    expect(log, ["republish", "republish", "once"], "calls")
