"""CoT over TCP is XML events back to back: cut the byte stream into events, with a bounded buffer.

``EventSplitter.feed(chunk)`` returns the complete ``<event>...</event>`` byte strings the chunk
finished; anything before an ``<event`` (XML declarations, whitespace, keep-alive bytes) is
dropped. An event longer than ``max_event_bytes`` (1 MB) is refused: its bytes are thrown away up
to its ``</event>``, and ``refused`` counts it; memory never holds more than the limit.
"""
from __future__ import annotations

import re

MAX_EVENT_BYTES = 1 << 20
_START = re.compile(rb"<event[\s>/]")
_END = b"</event>"


class EventSplitter:
    def __init__(self, max_event_bytes: int = MAX_EVENT_BYTES):
        self.max_event_bytes = int(max_event_bytes)
        self.refused = 0
        self._buffer = b""
        self._skipping = False  # inside an over-long event, until its end

    def feed(self, chunk: bytes) -> list[bytes]:
        events = []
        data = self._buffer + chunk
        self._buffer = b""
        while data:
            if self._skipping:
                end = data.find(_END)
                if end < 0:
                    data = data[-(len(_END) - 1):]  # an end marker may straddle two chunks
                    break
                data = data[end + len(_END):]
                self._skipping = False
                continue
            start = _START.search(data)
            if start is None:
                data = data[-8:]  # "<event " may straddle two chunks
                break
            data = data[start.start():]
            end = data.find(_END, 0, self.max_event_bytes + len(_END))
            if end >= 0:
                events.append(data[:end + len(_END)])
                data = data[end + len(_END):]
                continue
            if self._self_closed(data):
                closing = data.find(b"/>")
                events.append(data[:closing + 2])
                data = data[closing + 2:]
                continue
            if len(data) > self.max_event_bytes:
                self.refused += 1
                self._skipping = True
                data = data[self.max_event_bytes:]
                continue
            break
        self._buffer = data
        return events

    @staticmethod
    def _self_closed(data: bytes) -> bool:
        """``<event .../>`` with no children (never sent in practice, but well-formed)."""
        tag_end = data.find(b">")
        return tag_end > 0 and data[tag_end - 1:tag_end] == b"/"

    @property
    def pending(self) -> int:
        """Bytes held for an unfinished event."""
        return len(self._buffer)
