import sys

cases = [
    lambda: [1, 2][5],
    lambda: "abc".index("z"),
    lambda: {}.pop("k"),
    lambda: 10 % 0,
    lambda: 2.0 ** 5000,
    lambda: int("3.0"),
    lambda: next(iter(())),
    lambda: sys.exit(0),
]
for case in cases:
    try:
        case()
    except LookupError as e:
        print("LookupError", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError", type(e).__name__)
    except Exception as e:
        print("Exception", type(e).__name__)
    except BaseException as e:
        print("BaseException", type(e).__name__)
