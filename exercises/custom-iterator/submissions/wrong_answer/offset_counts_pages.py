class Paginator:
    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        page_number = 0
        while True:
            page = self.fetch_page(page_number, self.page_size)
            for item in page:
                yield item
            if len(page) < self.page_size:
                return
            page_number += 1
