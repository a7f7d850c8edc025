// The AppHost test starts real servers and processes; on a 2-core machine the classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
