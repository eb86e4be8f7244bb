# Done callbacks run in registration order, after the future is done, via the loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    fut.add_done_callback(lambda f: print("cb2", f.result()))
    def cb3(f):
        print("cb3 removed: never printed")
    fut.add_done_callback(cb3)
    print("removed", fut.remove_done_callback(cb3))
    fut.set_result("value")
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    print("after one iteration")
    late = []
    fut.add_done_callback(lambda f: late.append("late cb"))
    print(late)
    await asyncio.sleep(0)
    print(late)

asyncio.run(main())
