using BenchmarkDotNet.Running;
using Hindsight.Benchmarks.Templates;

// `dotnet run -c Release --project bench/Hindsight.Benchmarks -- --filter '*'` runs BenchmarkDotNet;
// `-- miner-throughput [lines]` prints a quick lines/s table without BenchmarkDotNet's statistics;
// `-- miner-probe "message"` prints CPU ns to mask and to match one message;
// `-- miner-memory [lines]` prints the live heap while learning that many generated lines.
if (args.Length > 0 && args[0] == "miner-memory")
{
    return MinerMemory.Run(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 16_000_000);
}

if (args.Length > 1 && args[0] == "miner-probe")
{
    return MessageProbe.Run(args[1]);
}

if (args.Length > 0 && args[0] == "miner-throughput")
{
    return MinerThroughput.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2_000_000);
}

BenchmarkSwitcher.FromAssembly(typeof(MinerBenchmarks).Assembly).Run(args);
return 0;
