"""The figures of each benchmark, written into bench/README.md between the benchmark's markers."""

import re
from pathlib import Path

README = Path(__file__).with_name("README.md")


def write_block(name, text):
    """Replace what lies between `<!-- name:start -->` and `<!-- name:end -->` with text."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    content = README.read_text()
    if start not in content or end not in content:
        raise RuntimeError(f"bench/README.md has no {start} and {end} around these figures")
    block = f"{start}\n{text}\n{end}"
    pattern = re.escape(start) + r".*?" + re.escape(end)
    README.write_text(re.sub(pattern, lambda _match: block, content, flags=re.S))
