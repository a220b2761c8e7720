class EventBus:
    def __init__(self):
        self._handlers = {}

    def subscribe(self, event, handler):
        handlers = self._handlers.setdefault(event, [])
        handlers.append(handler)

        def unsubscribe():
            handlers.remove(handler)  # ValueError when called a second time

        return unsubscribe

    def once(self, event, handler):
        fired = []

        def wrapper(*args):
            if fired:
                return
            fired.append(True)
            unsubscribe()
            handler(*args)

        unsubscribe = self.subscribe(event, wrapper)
        return unsubscribe

    def publish(self, event, *args):
        called, error = 0, None
        for handler in list(self._handlers.get(event, [])):
            called += 1
            try:
                handler(*args)
            except Exception as e:
                if error is None:
                    error = e
        if error is not None:
            raise error
        return called
