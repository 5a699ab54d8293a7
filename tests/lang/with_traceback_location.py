# a traceback through a with statement's __enter__/__exit__ points at the item's expression
import asyncio
import traceback


class Fails:
    def __init__(self, where):
        self.where = where

    def __enter__(self):
        if self.where == "enter":
            raise RuntimeError("in enter")
        return self

    def __exit__(self, *exc):
        if self.where == "exit":
            raise RuntimeError("in exit")
        if self.where == "swap" and exc[0] is not None:
            raise ValueError("replaced")
        return False

    async def __aenter__(self):
        return self.__enter__()

    async def __aexit__(self, *exc):
        return self.__exit__(*exc)


def normal_exit():
    with Fails("exit"):
        x = 1
        y = 2


def enter_fails():
    with Fails("none") as a, Fails("enter") as b:
        pass


def second_item_exit():
    with Fails("none") as a, Fails(
            "exit") as b:
        z = 3


def exit_replaces():
    with Fails("swap"):
        raise KeyError("body")


async def async_exit():
    async with Fails("exit"):
        await asyncio.sleep(0)


def show(f):
    try:
        if f is async_exit:
            asyncio.run(f())
        else:
            f()
    except Exception:
        text = traceback.format_exc().replace(__file__, "FILE")
        # keep only the frames of this file (asyncio's own differ in paths)
        out = []
        skip = False
        for line in text.splitlines():
            if line.startswith("  File "):
                skip = "FILE" not in line
            elif not line.startswith(" "):
                skip = False
            if not skip:
                out.append(line)
        print("\n".join(out))


for f in (normal_exit, enter_fails, second_item_exit, exit_replaces, async_exit):
    show(f)
