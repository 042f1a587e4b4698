using System.Numerics;
using System.Runtime.InteropServices;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>A fast, non-cryptographic hash of a message, eight bytes at a time, to pick a cache slot.</summary>
/// <remarks>
/// The caches only use it to choose a slot and always compare the text itself, so a collision costs a recomputation,
/// never a wrong result; the randomised string hash was a tenth of a whole log scan.
/// </remarks>
internal static class MessageHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static int Of(ReadOnlySpan<char> message)
    {
        var bytes = MemoryMarshal.AsBytes(message);

        // Four independent lanes, so that the multiplications of one step do not wait for each other.
        var lane0 = (ulong)bytes.Length * Multiplier;
        var lane1 = lane0 ^ 0x243F6A8885A308D3;
        var lane2 = lane0 ^ 0x13198A2E03707344;
        var lane3 = lane0 ^ 0xA4093822299F31D0;
        var lanes = MemoryMarshal.Cast<byte, ulong>(bytes);
        var i = 0;
        for (; i + 4 <= lanes.Length; i += 4)
        {
            lane0 = BitOperations.RotateLeft((lane0 ^ lanes[i]) * Multiplier, 29);
            lane1 = BitOperations.RotateLeft((lane1 ^ lanes[i + 1]) * Multiplier, 29);
            lane2 = BitOperations.RotateLeft((lane2 ^ lanes[i + 2]) * Multiplier, 29);
            lane3 = BitOperations.RotateLeft((lane3 ^ lanes[i + 3]) * Multiplier, 29);
        }

        var hash = lane0 ^ BitOperations.RotateLeft(lane1, 16) ^ BitOperations.RotateLeft(lane2, 32) ^ BitOperations.RotateLeft(lane3, 48);
        for (; i < lanes.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ lanes[i]) * Multiplier, 29);
        }

        foreach (var b in bytes[(lanes.Length * sizeof(ulong))..])
        {
            hash = (hash ^ b) * Multiplier;
        }

        hash ^= hash >> 31;
        hash *= Multiplier;
        return (int)(hash ^ (hash >> 32));
    }
}
