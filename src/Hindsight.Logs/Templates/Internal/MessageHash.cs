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
        var hash = (ulong)bytes.Length * Multiplier;
        while (bytes.Length >= sizeof(ulong))
        {
            hash = BitOperations.RotateLeft((hash ^ MemoryMarshal.Read<ulong>(bytes)) * Multiplier, 29);
            bytes = bytes[sizeof(ulong)..];
        }

        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Multiplier;
        }

        hash ^= hash >> 31;
        hash *= Multiplier;
        return (int)(hash ^ (hash >> 32));
    }
}
