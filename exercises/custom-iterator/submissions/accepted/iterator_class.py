class Paginator:
    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        return _PageIterator(self.fetch_page, self.page_size)


class _PageIterator:
    def __init__(self, fetch_page, page_size):
        self.fetch_page = fetch_page
        self.page_size = page_size
        self.offset = 0
        self.page = []
        self.index = 0
        self.last = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.index == len(self.page):
            if self.last:
                raise StopIteration
            self.page = self.fetch_page(self.offset, self.page_size)
            self.index = 0
            self.offset += self.page_size
            self.last = len(self.page) < self.page_size
            if not self.page:
                raise StopIteration
        item = self.page[self.index]
        self.index += 1
        return item
