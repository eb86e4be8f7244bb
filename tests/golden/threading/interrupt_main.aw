# _thread.interrupt_main() acts as if the signal arrived at the main thread: KeyboardInterrupt
# at once, in an asyncio callback (it wakes the loop's wait); a signal Python does
# not handle (SIG_IGN, SIG_DFL) is not raised.
import _thread, asyncio, signal, threading, time
try:
    _thread.interrupt_main()
    for i in range(1000): pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KI 1")
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR1)
for i in range(1000): pass
print(got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
print("ignored")
signal.signal(signal.SIGINT, signal.SIG_DFL)
_thread.interrupt_main()
print("default: nothing")
signal.signal(signal.SIGINT, signal.default_int_handler)
async def main():
    asyncio.get_running_loop().call_later(0.05, _thread.interrupt_main)
    await asyncio.sleep(5)
try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KI 3")
