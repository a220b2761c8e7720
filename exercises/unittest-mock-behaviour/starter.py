from unittest import mock

m = mock.Mock(return_value=10)
print(m(1), m(2, k=3), m.call_count)
print(m.call_args_list)

m.side_effect = [1, 2]
print(m(), m(), m.return_value)
try:
    m()
except StopIteration:
    print("exhausted")

m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = KeyError("k")
try:
    m()
except KeyError as e:
    print("raised", e, m.call_count)

mm = mock.MagicMock()
print(len(mm), bool(mm), int(mm), list(mm), mm.x is mm.x)
