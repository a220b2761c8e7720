from grind_testing import expect

from solution import EventBus


def test_handlers_run_in_order_with_the_arguments():
    bus = EventBus()
    log = []
    bus.subscribe("signup", lambda user, plan: log.append(("mail", user, plan)))
    bus.subscribe("signup", lambda user, plan: log.append(("metrics", user, plan)))
    expect(bus.publish("signup", "ann", "pro"), 2, "handlers called")
    expect(log, [("mail", "ann", "pro"), ("metrics", "ann", "pro")], "calls")


def test_unsubscribe_stops_delivery():
    bus = EventBus()
    log = []
    unsubscribe = bus.subscribe("tick", lambda: log.append("tick"))
    bus.publish("tick")
    unsubscribe()
    expect(bus.publish("tick"), 0, "handlers called after unsubscribing")
    expect(log, ["tick"], "calls")


def test_once_handler_runs_on_the_first_publish_only():
    bus = EventBus()
    log = []
    bus.subscribe("signup", lambda user: log.append("mail " + user))
    bus.once("signup", lambda user: log.append("first " + user))
    expect(bus.publish("signup", "ann"), 2, "handlers called by the first publish")
    expect(bus.publish("signup", "bob"), 1, "handlers called by the second publish")
    expect(log, ["mail ann", "first ann", "mail bob"], "calls")
