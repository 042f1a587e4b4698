namespace Hindsight.Logs.Output;

/// <summary>
/// Writes an instant as <c>yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz</c> (the fraction without trailing zeros, left out when
/// zero; the offset as <c>+hh:mm</c>), exactly as <see cref="DateTimeOffset.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
/// does with the invariant culture, without its general format interpreter: this runs once per output row.
/// </summary>
internal static class IsoTimestamp
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    /// <summary>The longest text written: 19 for the date and time, 8 for the fraction, 6 for the offset.</summary>
    public const int MaxLength = 33;

    /// <summary>Writes <paramref name="value"/>; <paramref name="destination"/> holds at least <see cref="MaxLength"/> characters.</summary>
    /// <returns>The number of characters written.</returns>
    public static int Write(DateTimeOffset value, Span<char> destination)
    {
        var local = value.DateTime;
        Digits(destination, 0, local.Year, 4);
        destination[4] = '-';
        Digits(destination, 5, local.Month, 2);
        destination[7] = '-';
        Digits(destination, 8, local.Day, 2);
        destination[10] = 'T';
        Digits(destination, 11, local.Hour, 2);
        destination[13] = ':';
        Digits(destination, 14, local.Minute, 2);
        destination[16] = ':';
        Digits(destination, 17, local.Second, 2);
        var written = 19;
        var fraction = (int)(local.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            var digits = 7;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            destination[written++] = '.';
            Digits(destination, written, fraction, digits);
            written += digits;
        }

        var offsetMinutes = (int)(value.Offset.Ticks / TimeSpan.TicksPerMinute);
        destination[written++] = offsetMinutes < 0 ? '-' : '+';
        offsetMinutes = Math.Abs(offsetMinutes);
        Digits(destination, written, offsetMinutes / 60, 2);
        destination[written + 2] = ':';
        Digits(destination, written + 3, offsetMinutes % 60, 2);
        return written + 5;
    }

    private static void Digits(Span<char> destination, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
