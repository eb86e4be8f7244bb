# Cases may await and yield: the subject copy on the stack survives suspension.
import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x * 2

async def classify(v):
    match v:
        case int(n) if await fetch(n) > 10:
            return f"big {await fetch(n)}"
        case int(n):
            return f"small {n}"
        case [*items]:
            return [await fetch(i) for i in items]

async def main():
    print(await asyncio.gather(classify(3), classify(8), classify([1, 2])))

asyncio.run(main())

def gen(values):
    for v in values:
        match v:
            case (k, val):
                yield f"{k}={val}"
            case str() if (x := (yield "str?")):
                yield x

g = gen([("a", 1), "s", ("b", 2)])
print(next(g), next(g), g.send("sent"), next(g))
