import sys


def main() -> None:
    for line in sys.stdin:
        line = line.rstrip("\n")
        # TODO: validate the combined-log line, count requests, malformed lines,
        # status classes and requests per IP, collect the sizes, and print the report.


main()
