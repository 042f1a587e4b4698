namespace Hindsight.Logs.Reading;

/// <summary>What decoding one line's bytes found.</summary>
internal enum LineDecoding : byte
{
    /// <summary>Valid UTF-8 text.</summary>
    Text,

    /// <summary>Text with invalid UTF-8, the bad bytes replaced by U+FFFD.</summary>
    InvalidUtf8,

    /// <summary>Binary data (a NUL byte, mostly control bytes, or mostly undecodable): skipped.</summary>
    Binary,
}
