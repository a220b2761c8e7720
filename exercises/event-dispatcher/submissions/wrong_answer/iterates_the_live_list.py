from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def subscribe(self, event, handler):
        entry = [handler]  # one object per registration

        def unsubscribe():
            entries = self._handlers[event]
            for i, other in enumerate(entries):
                if other is entry:
                    del entries[i]
                    return

        self._handlers[event].append(entry)
        return unsubscribe

    def once(self, event, handler):
        holder = {}

        def wrapper(*args):
            holder["unsubscribe"]()
            handler(*args)

        holder["unsubscribe"] = self.subscribe(event, wrapper)
        return holder["unsubscribe"]

    def publish(self, event, *args):
        called, error = 0, None
        for entry in self._handlers[event]:  # the live list: changes during the loop show
            called += 1
            try:
                entry[0](*args)
            except Exception as e:
                error = error or e
        if error is not None:
            raise error
        return called
