namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>A thread-safe ring of the newest items: adding beyond the capacity evicts the oldest.</summary>
internal sealed class BoundedBuffer<T>(int capacity)
{
    private readonly T[] _items = new T[Math.Max(1, capacity)];
    private readonly Lock _gate = new();
    private int _start;
    private int _count;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    public void AddRange(IEnumerable<T> items)
    {
        lock (_gate)
        {
            foreach (var item in items)
            {
                _items[(_start + _count) % _items.Length] = item;
                if (_count < _items.Length)
                {
                    _count++;
                }
                else
                {
                    _start = (_start + 1) % _items.Length;
                }
            }
        }
    }

    /// <summary>A copy, oldest first: readers never hold the lock while they render.</summary>
    public IReadOnlyList<T> ToList()
    {
        lock (_gate)
        {
            var copy = new T[_count];
            for (var i = 0; i < _count; i++)
            {
                copy[i] = _items[(_start + i) % _items.Length];
            }

            return copy;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_items);
            _start = 0;
            _count = 0;
        }
    }
}
