"""A lazy, re-iterable paginator: the object holds no iteration state; every `iter()` runs a
fresh generator that fetches page after page until a short one."""


class Paginator:
    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        offset = 0
        while True:
            page = self.fetch_page(offset, self.page_size)
            for item in page:
                yield item
            if len(page) < self.page_size:
                return
            offset += self.page_size
