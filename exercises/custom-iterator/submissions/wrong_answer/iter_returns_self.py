class Paginator:
    """The Paginator is its own iterator: __iter__ rewinds it and returns self."""

    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        self.offset = 0
        self.buffer = []
        self.done = False
        return self

    def __next__(self):
        if not self.buffer:
            if self.done:
                raise StopIteration
            page = self.fetch_page(self.offset, self.page_size)
            self.offset += self.page_size
            self.done = len(page) < self.page_size
            self.buffer = list(page)
            if not self.buffer:
                raise StopIteration
        return self.buffer.pop(0)
