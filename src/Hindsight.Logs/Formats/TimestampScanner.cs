namespace Hindsight.Logs.Formats;

/// <summary>
/// Reads the timestamp layouts logs use, span-based: ISO 8601 and its log variants (<c>2022-02-26 12:01:07,123</c>,
/// <c>2022/02/26</c>, <c>2005-06-03-15.42.50.675872</c>), syslog (<c>Feb 26 12:01:07</c>), ctime
/// (<c>Sat Feb 26 12:01:07 2022</c>), access-log (<c>26/Feb/2022:12:01:07 +0300</c>), logcat (<c>02-26 12:01:07.123</c>),
/// <c>22/02/26 12:01:07</c>, <c>220226 120107</c>, <c>26-Feb-2022 12:01:07</c>, <c>20220226-12:01:07:123</c>,
/// <c>26.02.2022 12:01:07</c> and <c>02.26 12:01:07</c>.
/// </summary>
internal static class TimestampScanner
{
    // One per thread, so that threads parsing lines of the same file never share it.
    [ThreadStatic]
    private static SyslogStampMemo? _lastSyslogStamp;

    /// <summary>Reads a timestamp starting exactly at <paramref name="position"/>; <paramref name="end"/> is just after it.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, int position, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = position;
        if (position >= text.Length)
        {
            return false;
        }

        var first = text[position];
        if (Chars.IsDigit(first))
        {
            var digits = Chars.CountDigits(text, position);
            return digits switch
            {
                4 => TryIsoLike(text, position, context, out value, out end),
                2 => TryTwoDigitLead(text, position, context, out value, out end),
                6 => TryCompact(text, position, context, out value, out end),
                8 => TryBasicDate(text, position, context, out value, out end),
                _ => false,
            };
        }

        if (Chars.IsWeekday(text, position) && position + 3 < text.Length && text[position + 3] == ' ')
        {
            return TryCtime(text, position + 4, context, out value, out end);
        }

        return TrySyslog(text, position, context, out value, out end);
    }

    /// <summary>
    /// Like <see cref="TryParse(ReadOnlySpan{char}, int, TimestampContext, out DateTimeOffset, out int)"/>, but a
    /// syslog stamp without a year takes <paramref name="yearOfLine"/>, a year the line states elsewhere.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, int position, TimestampContext context, int yearOfLine, out DateTimeOffset value, out int end)
    {
        if (position + 3 < text.Length && Chars.TryMonth(text, position, out _) && text[position + 3] == ' ')
        {
            return TrySyslogUncached(text, position, context, yearOfLine, out value, out end, out _);
        }

        return TryParse(text, position, context, out value, out end);
    }

    /// <summary><c>yyyy-MM-dd[T ]HH:mm:ss[.fff][zone]</c>, with '/' or '.' as date separators.</summary>
    private static bool TryIsoLike(ReadOnlySpan<char> text, int p, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = p;
        if (!Chars.TryDigits(text, p, 4, out var year) || text.Length < p + 10)
        {
            return false;
        }

        var separator = text[p + 4];
        if (separator is not ('-' or '/' or '.') || text[p + 7] != separator
            || !Chars.TryDigits(text, p + 5, 2, out var month) || !Chars.TryDigits(text, p + 8, 2, out var day))
        {
            return false;
        }

        var q = p + 10;
        if (q >= text.Length || text[q] is not ('T' or ' ' or '-' or '_' or ':'))
        {
            return false;
        }

        // "2005-06-03-15.42.50.675872" writes the time with dots.
        var timeSeparator = text[q] == '-' && q + 3 < text.Length && text[q + 3] == '.' ? '.' : ':';
        if (!TryTime(text, q + 1, timeSeparator, out var time, out q))
        {
            return false;
        }

        return Complete(text, q, year, month, day, time, context, out value, out end);
    }

    /// <summary><c>yy/MM/dd HH:mm:ss</c>, <c>MM-dd HH:mm:ss.fff</c>, <c>dd/Mmm/yyyy:HH:mm:ss zone</c> or <c>dd-Mmm-yyyy HH:mm:ss</c>.</summary>
    private static bool TryTwoDigitLead(ReadOnlySpan<char> text, int p, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = p;
        if (text.Length < p + 8)
        {
            return false;
        }

        var separator = text[p + 2];
        if (separator is not ('/' or '-' or '.'))
        {
            return false;
        }

        if (separator != '.' && Chars.TryMonth(text, p + 3, out var namedMonth))
        {
            // 26/Feb/2022:12:01:07 +0300 or 26-Feb-2022 12:01:07.123
            if (!Chars.TryDigits(text, p, 2, out var namedDay) || text.Length < p + 12 || text[p + 6] != separator
                || !Chars.TryDigits(text, p + 7, 4, out var namedYear) || text.Length <= p + 11 || text[p + 11] is not (':' or ' '))
            {
                return false;
            }

            if (!TryTime(text, p + 12, ':', out var namedTime, out var afterNamed))
            {
                return false;
            }

            return Complete(text, afterNamed, namedYear, namedMonth, namedDay, namedTime, context, out value, out end);
        }

        if (!Chars.TryDigits(text, p, 2, out var a) || !Chars.TryDigits(text, p + 3, 2, out var b))
        {
            return false;
        }

        if (separator == '/' && text[p + 5] == '/' && Chars.TryDigits(text, p + 6, 2, out var c) && p + 8 < text.Length && text[p + 8] == ' '
            && TryTime(text, p + 9, ':', out var slashTime, out var afterSlash))
        {
            // 22/02/26 12:01:07: two-digit year first.
            return Complete(text, afterSlash, 2000 + a, b, c, slashTime, context, out value, out end);
        }

        if (separator == '-' && text[p + 5] == ' ' && TryTime(text, p + 6, ':', out var time, out var after))
        {
            // Logcat writes month-day without a year.
            return CompleteWithoutYear(after, a, b, time, context, out value, out end);
        }

        if (separator == '.')
        {
            return TryDotted(text, p, a, b, context, out value, out end);
        }

        return false;
    }

    /// <summary>
    /// <c>dd.MM.yyyy HH:mm:ss</c> (day first, as written across Europe) or <c>MM.dd HH:mm:ss</c> without a year, read
    /// day first only when the first number cannot be a month.
    /// </summary>
    private static bool TryDotted(ReadOnlySpan<char> text, int p, int a, int b, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = p;
        if (text[p + 5] == '.' && Chars.CountDigits(text, p + 6) == 4 && p + 10 < text.Length && text[p + 10] == ' '
            && Chars.TryDigits(text, p + 6, 4, out var year) && TryTime(text, p + 11, ':', out var datedTime, out var afterDated))
        {
            return Complete(text, afterDated, year, b, a, datedTime, context, out value, out end);
        }

        if (text[p + 5] == ' ' && TryTime(text, p + 6, ':', out var time, out var after))
        {
            var (month, day) = a > 12 ? (b, a) : (a, b);
            return CompleteWithoutYear(after, month, day, time, context, out value, out end);
        }

        return false;
    }

    /// <summary><c>yyyyMMdd-HH:mm:ss</c> (also with 'T', '_' or a space), often with milliseconds after a colon.</summary>
    private static bool TryBasicDate(ReadOnlySpan<char> text, int p, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = p;
        if (text.Length < p + 17 || text[p + 8] is not ('-' or 'T' or '_' or ' ')
            || !Chars.TryDigits(text, p, 4, out var year) || !Chars.TryDigits(text, p + 4, 2, out var month)
            || !Chars.TryDigits(text, p + 6, 2, out var day) || !TryTime(text, p + 9, ':', out var time, out var after))
        {
            return false;
        }

        return Complete(text, after, year, month, day, time, context, out value, out end);
    }

    /// <summary><c>yyMMdd HHmmss</c>.</summary>
    private static bool TryCompact(ReadOnlySpan<char> text, int p, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = p;
        if (text.Length < p + 13 || text[p + 6] != ' ' || Chars.CountDigits(text, p + 7) != 6
            || !Chars.TryDigits(text, p, 2, out var year) || !Chars.TryDigits(text, p + 2, 2, out var month)
            || !Chars.TryDigits(text, p + 4, 2, out var day) || !Chars.TryDigits(text, p + 7, 2, out var hour)
            || !Chars.TryDigits(text, p + 9, 2, out var minute) || !Chars.TryDigits(text, p + 11, 2, out var second))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var time = new TimeSpan(hour, minute, Math.Min(second, 59));
        return Complete(text, p + 13, 2000 + year, month, day, time, context, out value, out end);
    }

    /// <summary><c>Mmm dd HH:mm:ss[.fff]</c> (syslog, no year) or <c>Mmm dd yyyy HH:mm:ss</c>.</summary>
    private static bool TrySyslog(ReadOnlySpan<char> text, int p, TimestampContext context, out DateTimeOffset value, out int end)
    {
        var memo = _lastSyslogStamp ??= new SyslogStampMemo();
        if (memo.TryRecall(text, p, context, out value, out end))
        {
            return true;
        }

        if (!TrySyslogUncached(text, p, context, null, out value, out end, out var hasYear))
        {
            return false;
        }

        // A stated year may be followed by a zone, which reads further ahead than the memo compares.
        if (!hasYear)
        {
            memo.Remember(text, p, end, context, value);
        }

        return true;
    }

    private static bool TrySyslogUncached(
        ReadOnlySpan<char> text, int p, TimestampContext context, int? knownYear, out DateTimeOffset value, out int end, out bool hasYear)
    {
        value = default;
        end = p;
        hasYear = false;
        if (!Chars.TryMonth(text, p, out var month) || text.Length < p + 14 || text[p + 3] != ' ')
        {
            return false;
        }

        var q = p + 4;
        if (text[q] == ' ')
        {
            q++;
        }

        var used = Chars.TryOneOrTwoDigits(text, q, out var day);
        if (used == 0 || q + used >= text.Length || text[q + used] != ' ')
        {
            return false;
        }

        q += used + 1;
        if (Chars.CountDigits(text, q) == 4 && q + 4 < text.Length && text[q + 4] == ' ' && Chars.TryDigits(text, q, 4, out var year))
        {
            hasYear = true;
            return TryTime(text, q + 5, ':', out var yearTime, out var afterYear)
                && Complete(text, afterYear, year, month, day, yearTime, context, out value, out end);
        }

        if (!TryTime(text, q, ':', out var time, out var after))
        {
            return false;
        }

        return knownYear is { } lineYear
            ? Complete(text, after, lineYear, month, day, time, context, out value, out end)
            : CompleteWithoutYear(after, month, day, time, context, out value, out end);
    }

    /// <summary>The part after the weekday of <c>Sat Feb 26 12:01:07[.ffffff] 2022</c>.</summary>
    private static bool TryCtime(ReadOnlySpan<char> text, int p, TimestampContext context, out DateTimeOffset value, out int end)
    {
        value = default;
        end = p;
        if (!Chars.TryMonth(text, p, out var month) || text.Length < p + 19 || text[p + 3] != ' ')
        {
            return false;
        }

        var q = p + 4;
        if (text[q] == ' ')
        {
            q++;
        }

        var used = Chars.TryOneOrTwoDigits(text, q, out var day);
        if (used == 0 || q + used >= text.Length || text[q + used] != ' ' || !TryTime(text, q + used + 1, ':', out var time, out q))
        {
            return false;
        }

        if (q + 5 > text.Length || text[q] != ' ' || !Chars.TryDigits(text, q + 1, 4, out var year))
        {
            return false;
        }

        return Complete(text, q + 5, year, month, day, time, context, out value, out end);
    }

    /// <summary><c>HH:mm:ss</c> with an optional fraction after '.' or ','.</summary>
    internal static bool TryTime(ReadOnlySpan<char> text, int p, char separator, out TimeSpan time, out int end)
    {
        time = default;
        end = p;
        if (text.Length < p + 8 || text[p + 2] != separator || text[p + 5] != separator
            || !Chars.TryDigits(text, p, 2, out var hour) || !Chars.TryDigits(text, p + 3, 2, out var minute)
            || !Chars.TryDigits(text, p + 6, 2, out var second) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var ticks = new TimeSpan(hour, minute, Math.Min(second, 59)).Ticks;
        end = p + 8;
        if (end + 1 < text.Length && text[end] is '.' or ',' && Chars.IsDigit(text[end + 1]))
        {
            var digits = Chars.CountDigits(text, end + 1);
            long fraction = 0;
            var scale = TimeSpan.TicksPerSecond;
            for (var i = 0; i < digits; i++)
            {
                scale /= 10;
                fraction += (text[end + 1 + i] - '0') * scale;
            }

            ticks += fraction;
            end += 1 + digits;
        }
        else if (separator == ':' && end + 1 < text.Length && text[end] == ':' && Chars.CountDigits(text, end + 1) is var millisecondDigits and >= 1 and <= 3
            && (end + 1 + millisecondDigits == text.Length || text[end + 1 + millisecondDigits] != ':'))
        {
            // "12:01:07:98": milliseconds after a colon are a count (98 ms), not a decimal fraction, since writers that
            // use a colon there do not pad them.
            Chars.TryDigits(text, end + 1, millisecondDigits, out var milliseconds);
            ticks += milliseconds * TimeSpan.TicksPerMillisecond;
            end += 1 + millisecondDigits;
        }

        time = new TimeSpan(ticks);
        return true;
    }

    private static bool CompleteWithoutYear(int end, int month, int day, TimeSpan time, TimestampContext context, out DateTimeOffset value, out int endOut)
    {
        value = default;
        endOut = end;
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return false;
        }

        var year = context.YearFor(month, day);
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = context.FromLocal(new DateTime(year, month, day).Add(time));
        return true;
    }

    private static bool Complete(
        ReadOnlySpan<char> text, int end, int year, int month, int day, TimeSpan time, TimestampContext context,
        out DateTimeOffset value, out int endOut)
    {
        value = default;
        endOut = end;
        if (year is < 1970 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var local = new DateTime(year, month, day).Add(time);
        // An offset right after the time, or after one space in its full form (" +03:00", " -0800": Serilog, CLF).
        var zoneStart = end + 1 < text.Length && text[end] == ' ' && IsFullOffset(text, end + 1) ? end + 1 : end;
        if (TryZone(text, zoneStart, out var offset, out var afterZone))
        {
            value = new DateTimeOffset(local, offset);
            endOut = afterZone;
            return true;
        }

        value = context.FromLocal(local);
        return true;
    }

    /// <summary><c>±HH:mm</c> or <c>±HHmm</c> at <paramref name="p"/>, followed by the end, a space or a bracket.</summary>
    private static bool IsFullOffset(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length || text[p] is not ('+' or '-') || !Chars.TryDigits(text, p + 1, 2, out _))
        {
            return false;
        }

        var end = p + 3 < text.Length && text[p + 3] == ':' ? p + 4 : p + 3;
        if (!Chars.TryDigits(text, end, 2, out _))
        {
            return false;
        }

        end += 2;
        return end == text.Length || text[end] is ' ' or ']' or '\t';
    }

    /// <summary><c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> or <c>±HH</c> directly at <paramref name="p"/>.</summary>
    private static bool TryZone(ReadOnlySpan<char> text, int p, out TimeSpan offset, out int end)
    {
        offset = default;
        end = p;
        if (p >= text.Length)
        {
            return false;
        }

        if (text[p] == 'Z')
        {
            end = p + 1;
            return end == text.Length || !char.IsLetterOrDigit(text[end]);
        }

        if (text[p] is not ('+' or '-') || !Chars.TryDigits(text, p + 1, 2, out var hours) || hours > 14)
        {
            return false;
        }

        var q = p + 3;
        var minutes = 0;
        if (q + 2 < text.Length && text[q] == ':' && Chars.TryDigits(text, q + 1, 2, out minutes))
        {
            q += 3;
        }
        else if (Chars.TryDigits(text, q, 2, out minutes))
        {
            q += 2;
        }

        if (minutes > 59 || (q < text.Length && Chars.IsDigit(text[q])))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[p] == '-')
        {
            offset = -offset;
        }

        end = q;
        return true;
    }
}
