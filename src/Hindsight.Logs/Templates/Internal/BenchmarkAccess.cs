using System.Runtime.CompilerServices;

// The benchmarks time the masking stage on its own, which is internal.
[assembly: InternalsVisibleTo("Hindsight.Benchmarks")]
