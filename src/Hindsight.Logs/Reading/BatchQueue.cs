namespace Hindsight.Logs.Reading;

/// <summary>
/// A first-in first-out queue of buffers between the reading thread and the mining thread that blocks at once when
/// empty. <see cref="System.Collections.Concurrent.BlockingCollection{T}"/> spins before it blocks, and on two
/// cores shared by three busy threads (reader, its parsing helper, miner) that spinning took the core another
/// thread needed.
/// </summary>
internal sealed class BatchQueue<T>
    where T : class
{
    private readonly Queue<T> _items = new();
    private bool _completed;

    /// <summary>Adds <paramref name="item"/> and wakes a taker.</summary>
    public void Add(T item)
    {
        lock (_items)
        {
            _items.Enqueue(item);
            Monitor.Pulse(_items);
        }
    }

    /// <summary>Says no more items will come: takers get <see langword="false"/> once the queue is empty.</summary>
    public void Complete()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    /// <summary>Waits for the next item; <see langword="false"/> when the queue is completed and empty, or on cancellation.</summary>
    public bool TryTake(out T item, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            while (_items.Count == 0)
            {
                if (_completed || cancellationToken.IsCancellationRequested)
                {
                    item = null!;
                    return false;
                }

                // Short timeouts let a cancellation through without a registration per wait.
                Monitor.Wait(_items, 50);
            }

            item = _items.Dequeue();
            return true;
        }
    }
}
