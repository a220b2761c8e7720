class Solution:
    def flatten(self, nested: List[Any]) -> List[int]:
        def items(xs):
            for x in xs:
                if isinstance(x, list):
                    yield from items(x)
                else:
                    yield x

        return list(items(nested))
