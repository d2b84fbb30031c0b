using ClaimTracker.Model;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Reads a publication date written <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or as an ISO 8601 date-time
/// (<c>YYYY-MM-DDThh:mm…</c>, whose calendar date as written is kept; the time and offset are ignored).
/// </summary>
internal static class PublishedDateParser
{
    /// <summary>Parses <paramref name="value"/> into a year, month or day <see cref="FuzzyTime"/>.</summary>
    /// <returns>True on success; false (and default) when the value is not one of the accepted forms, is not a real date, or
    /// ends after 9999-12-30 (the year 9999, its December and its last day cannot be represented).</returns>
    public static bool TryParse(string? value, out FuzzyTime published)
    {
        published = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var s = value.AsSpan().Trim();
        if (s.Length > 10 && (s[10] == 'T' || s[10] == 't' || s[10] == ' '))
        {
            s = s[..10];
        }

        if (!ReadDigits(s, 0, 4, out var year) || year < 1)
        {
            return false;
        }

        // FuzzyTime's intervals end at the start of the next period, which must be a DateTime: the year 9999 as a whole,
        // its December and its last day cannot be represented, so they are not read (never an exception).
        if (s.Length == 4)
        {
            if (year > 9998)
            {
                return false;
            }

            published = FuzzyTime.Year(year);
            return true;
        }

        if (s.Length < 7 || s[4] != '-' || !ReadDigits(s, 5, 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (s.Length == 7)
        {
            if (year == 9999 && month == 12)
            {
                return false;
            }

            published = FuzzyTime.Month(year, month);
            return true;
        }

        if (s.Length != 10 || s[7] != '-' || !ReadDigits(s, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)
            || (year == 9999 && month == 12 && day == 31))
        {
            return false;
        }

        published = FuzzyTime.Day(year, month, day);
        return true;
    }

    private static bool ReadDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (s.Length < start + count)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
