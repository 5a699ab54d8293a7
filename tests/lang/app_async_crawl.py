import asyncio, random
from typing import NamedTuple

class Page(NamedTuple):
    url: str
    links: tuple

SITE = {f"/p{i}": Page(f"/p{i}", tuple(f"/p{j}" for j in range(i + 1, min(i + 3, 8)))) for i in range(8)}

async def fetch(url: str) -> Page:
    await asyncio.sleep(0)
    if url == "/p5":
        raise ConnectionError(f"failed {url}")
    return SITE[url]

async def crawl(start: str, limit: int = 10):
    seen, queue, errors = set(), asyncio.Queue(), []
    await queue.put(start)
    async def worker(n):
        while True:
            url = await queue.get()
            try:
                if url not in seen:
                    seen.add(url)
                    page = await fetch(url)
                    for link in page.links:
                        await queue.put(link)
            except ConnectionError as e:
                errors.append(str(e))
            finally:
                queue.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return sorted(seen), errors

print(asyncio.run(crawl("/p0")))
random.seed(7)
print([random.randint(1, 6) for _ in range(10)], random.choice(list(SITE)), round(random.random(), 6))
