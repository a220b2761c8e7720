"""Write `EventBus` here. The tests import it with `from solution import EventBus`."""


class EventBus:
    def subscribe(self, event, handler):
        """Register `handler` for `event`; return a function that removes this registration."""
        raise NotImplementedError

    def once(self, event, handler):
        """Like subscribe, but the handler runs on one publish only."""
        raise NotImplementedError

    def publish(self, event, *args):
        """Call the handlers of `event` with `*args`; return how many were called."""
        raise NotImplementedError
