class Paginator:
    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        items, offset = [], 0
        while True:
            page = self.fetch_page(offset, self.page_size)
            items.extend(page)
            if len(page) < self.page_size:
                break
            offset += self.page_size
        return iter(items)
