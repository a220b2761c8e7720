class EventBus:
    def __init__(self):
        self._subs = {}

    def _register(self, event, handler, once):
        sub = {"handler": handler, "once": once, "fired": False, "active": True}
        self._subs.setdefault(event, []).append(sub)

        def unsubscribe():
            if sub["active"]:
                sub["active"] = False
                self._subs[event] = [s for s in self._subs[event] if s is not sub]

        sub["unsubscribe"] = unsubscribe
        return unsubscribe

    def subscribe(self, event, handler):
        return self._register(event, handler, False)

    def once(self, event, handler):
        return self._register(event, handler, True)

    def publish(self, event, *args):
        called = 0
        for sub in list(self._subs.get(event, [])):
            if sub["once"]:
                if sub["fired"]:
                    continue
                sub["fired"] = True
                sub["unsubscribe"]()
            called += 1
            sub["handler"](*args)  # an exception here skips every later handler
        return called
