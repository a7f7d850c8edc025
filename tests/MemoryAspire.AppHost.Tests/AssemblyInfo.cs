// Each test starts whole stacks (or the AppHost process on fixed ports): one at a time on a 2-core machine.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
