"""CoT over TCP is XML events back to back: cut the byte stream into events, with a bounded buffer.

``EventSplitter.feed(chunk)`` returns the complete ``<event>...</event>`` byte strings the chunk
finished, each with what came before it since the previous event (its prolog: an XML
declaration, a DOCTYPE the XML check then refuses), less leading whitespace. An event longer than ``max_event_bytes`` (1 MB) is refused: its bytes are thrown away up
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
            data = data.lstrip()
            start = _START.search(data)
            if start is None:
                if len(data) > self.max_event_bytes:  # bytes that never become an event
                    self.refused += 1
                    data = data[-8:]
                break
            # The event keeps its prolog (an XML declaration, a DOCTYPE, comments), so that the XML
            # check sees and refuses a DTD sent in front of an event.
            end = data.find(_END, 0, self.max_event_bytes + len(_END))
            if end >= 0:
                events.append(data[:end + len(_END)])
                data = data[end + len(_END):]
                continue
            closing = self._self_closed(data, start.start())
            if closing:
                events.append(data[:closing])
                data = data[closing:]
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
    def _self_closed(data: bytes, start: int) -> int:
        """The end of ``<event .../>`` with no children (never sent in practice, but well-formed), or 0."""
        tag_end = data.find(b">", start)
        return tag_end + 1 if tag_end > 0 and data[tag_end - 1:tag_end] == b"/" else 0

    @property
    def pending(self) -> int:
        """Bytes held for an unfinished event."""
        return len(self._buffer)
