"""A progress bar on stderr for the long benchmark steps (no dependency)."""

import sys
import time


class Progress:
    def __init__(self, label: str, total: int, stream=sys.stderr):
        self.label, self.total, self.stream = label, max(total, 1), stream
        self.done, self.started, self._last = 0, time.monotonic(), 0.0

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if now - self._last >= 0.2 or self.done >= self.total:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        share = min(self.done / self.total, 1)
        bar = "#" * int(share * 30)
        self.stream.write(
            f"\r  {self.label:<28} [{bar:<30}] {share:4.0%} "
            f"{self.done:>9,}/{self.total:,}  {now - self.started:5.1f}s"
        )
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()

    def __enter__(self):
        self._draw(time.monotonic())
        return self

    def __exit__(self, *exc):
        if self.done < self.total and exc[0] is None:
            self.done = self.total
            self._draw(time.monotonic())
