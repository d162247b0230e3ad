"""High-level support for working with threads in asyncio"""

__all__ = "to_thread",

import contextvars

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) through the loop's executor and return its result.

    There is no thread pool yet: the executor runs the call before returning."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, lambda: ctx.run(func, *args, **kwargs))
