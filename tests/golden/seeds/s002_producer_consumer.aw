# seeds/002_8927539780ba061a.txt, section 13 (producer-consumer).
# Changes: `import asyncio` (from the lesson's earlier example); every sleep scaled by 0.4
# (0.5 -> 0.2, 1 -> 0.4) so the consumer stays twice as slow as the producer.
import asyncio

async def producer(queue):
    for i in range(5):
        # Produce an item
        item = f"Item {i}"
      
        # Put the item in the queue
        await queue.put(item)
        print(f"Produced {item}")
      
        # Simulate some work
        await asyncio.sleep(0.2)
  
    # Signal that we're done
    await queue.put(None)

async def consumer(queue):
    while True:
        # Get an item from the queue
        item = await queue.get()
      
        # Check if we're done
        if item is None:
            break
      
        # Process the item
        print(f"Consumed {item}")
      
        # Simulate some work
        await asyncio.sleep(0.4)

async def main():
    # Create a queue
    queue = asyncio.Queue()
  
    # Start the producer and consumer
    producer_task = asyncio.create_task(producer(queue))
    consumer_task = asyncio.create_task(consumer(queue))
  
    # Wait for both tasks to complete
    await producer_task
    await consumer_task

asyncio.run(main())
