# Awaiting an as_completed item re-raises the exception of the task that finished.
import asyncio

async def job(name, d, fail):
    await asyncio.sleep(d)
    if fail:
        raise LookupError(name)
    return name

async def main():
    aws = [job("ok", 0.02, False), job("bad", 0.01, True)]
    for fut in asyncio.as_completed(aws):
        try:
            print("result", await fut)
        except LookupError as e:
            print("error", e)

asyncio.run(main())
