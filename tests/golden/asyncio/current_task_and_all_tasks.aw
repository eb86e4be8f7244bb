# current_task() inside and outside tasks; all_tasks() lists unfinished tasks.
import asyncio

async def child():
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print(me is not None, me.get_name())
    t = asyncio.create_task(child(), name="kid")
    names = sorted(x.get_name() for x in asyncio.all_tasks())
    print(names)
    await t
    print(sorted(x.get_name() for x in asyncio.all_tasks()))
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
