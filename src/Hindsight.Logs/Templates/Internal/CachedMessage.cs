namespace Hindsight.Logs.Templates.Internal;

/// <summary>A cached answer for one raw message, kept in <see cref="MessageSlots{TEntry}"/>.</summary>
/// <remarks>A base class rather than an interface: the slots' look-up reads these on every line, as plain fields.</remarks>
internal abstract class CachedMessage(int hash, string message)
{
    public int Hash { get; } = hash;

    public string Message { get; } = message;
}
