"""Lowering the priority of the calling thread, so that the threads a user waits on get a core first."""
from __future__ import annotations

import os
import threading


def make_this_thread_nicer(by: int) -> None:
    """Raise the calling thread's nice value by ``by`` (at most to 19). Linux keeps a nice value per thread; elsewhere
    (nice is per process there) or where the system refuses, the thread is left as it is."""
    try:
        me = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, me, min(19, os.getpriority(os.PRIO_PROCESS, me) + by))
    except (AttributeError, OSError):
        pass
