using System.Diagnostics;
using System.Globalization;
using Hindsight.Logs.Templates;
using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Benchmarks.Templates;

/// <summary>
/// CPU nanoseconds to mask one message and to match it against a miner that knows it (an exact-match cache hit).
/// Process CPU time rather than wall time, so that the figure holds on a busy machine.
/// </summary>
public static class MessageProbe
{
    private const int Iterations = 2_000_000;

    public static int Run(string message)
    {
        var buffer = new char[Math.Max(16, message.Length)];
        var miner = new TemplateMiner();
        miner.Learn(message);
        Console.WriteLine(message);
        for (var round = 0; round < 3; round++)
        {
            var maskNs = CpuNanoseconds(() =>
            {
                for (var i = 0; i < Iterations; i++)
                {
                    MessageMasker.Mask(message, buffer, out _);
                }
            });
            var matchNs = CpuNanoseconds(() =>
            {
                for (var i = 0; i < Iterations; i++)
                {
                    miner.Match(message);
                }
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CPU ns per message: mask {maskNs:F0}, match {matchNs:F0}"));
        }

        return 0;
    }

    private static double CpuNanoseconds(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalNanoseconds / Iterations;
    }
}
