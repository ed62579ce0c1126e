#!/usr/bin/env python3
"""Lists the functions, initialisers, accessors and closures-bound properties of Swift files longer than a bound.

    scripts/lint/function-length.py [--max 40] DIR...    # exit 1 when any is longer

A function's length is counted from the line of its `func` / `init` / `subscript` keyword to the line of its
closing brace, both included. Braces in strings and comments are skipped.
"""
import argparse
import pathlib
import re
import sys

START = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|package|static|override|"
                   r"mutating|nonisolated|final|convenience|required)\s+)*(func\s+\S+|init[?!]?\s*[(<]|subscript\s*\()")


def code_only(line: str) -> str:
    """The line without string literals and // comments."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def long_functions(path: pathlib.Path, bound: int):
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = START.match(lines[index])
        if not match:
            index += 1
            continue
        depth, opened, end = 0, False, index
        for end in range(index, len(lines)):
            code = code_only(lines[end])
            depth += code.count("{") - code.count("}")
            opened = opened or "{" in code
            if opened and depth <= 0:
                break
        length = end - index + 1
        if opened and length > bound:
            yield index + 1, length, match.group(1).strip().rstrip("(<")
        index += 1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=40)
    parser.add_argument("dirs", nargs="+")
    args = parser.parse_args()
    found = 0
    for directory in args.dirs:
        for path in sorted(pathlib.Path(directory).rglob("*.swift")):
            for line, length, name in long_functions(path, args.max):
                print(f"{path}:{line}: {name} is {length} lines (at most {args.max})")
                found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
