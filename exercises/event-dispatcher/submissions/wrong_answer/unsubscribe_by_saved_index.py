"""An in-process event bus.

Each registration is its own `_Subscription` object, so unsubscribing removes exactly that entry.
`publish` iterates over a snapshot of the list, so handlers may subscribe and unsubscribe freely
while it runs; changes show from the next publish."""


class _Subscription:
    __slots__ = ("handler", "once", "fired", "active")

    def __init__(self, handler, once):
        self.handler = handler
        self.once = once
        self.fired = False
        self.active = True


class EventBus:
    def __init__(self):
        self._subscriptions = {}  # event -> [_Subscription] in registration order

    def subscribe(self, event, handler):
        return self._register(event, handler, once=False)

    def once(self, event, handler):
        return self._register(event, handler, once=True)

    def _register(self, event, handler, once):
        sub = _Subscription(handler, once)
        subs = self._subscriptions.setdefault(event, [])
        subs.append(sub)
        index = len(subs) - 1  # its place now: earlier removals move it
        return lambda: self._remove_at(event, sub, index)

    def _remove_at(self, event, sub, index):
        if not sub.active:
            return
        sub.active = False
        subs = self._subscriptions[event]
        if index < len(subs):
            del subs[index]

    def _remove(self, event, sub):
        if not sub.active:
            return
        sub.active = False
        subs = self._subscriptions[event]
        for i, other in enumerate(subs):
            if other is sub:
                del subs[i]
                break

    def publish(self, event, *args):
        called = 0
        first_error = None
        for sub in list(self._subscriptions.get(event, ())):
            if sub.once:
                if sub.fired:
                    continue
                sub.fired = True
                self._remove(event, sub)
            called += 1
            try:
                sub.handler(*args)
            except Exception as e:
                if first_error is None:
                    first_error = e
        if first_error is not None:
            raise first_error
        return called
