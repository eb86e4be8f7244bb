await asyncio.sleep(1)
