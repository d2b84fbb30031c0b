using System.Collections.Immutable;

namespace ClaimTracker.Model;

/// <summary>Value equality for <see cref="ImmutableArray{T}"/> members of records (element-wise, in order; default equals empty).</summary>
internal static class ArrayEquality
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;

    public static ImmutableArray<T> Checked<T>(ImmutableArray<T> array, string paramName)
        where T : class
    {
        var a = array.OrEmpty();
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return a;
    }

    public static bool SequenceEqual<T>(ImmutableArray<T> a, ImmutableArray<T> b)
    {
        a = a.OrEmpty();
        b = b.OrEmpty();
        if (a.Length != b.Length)
        {
            return false;
        }

        var cmp = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!cmp.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(ImmutableArray<T> a)
    {
        var h = new HashCode();
        foreach (var item in a.OrEmpty())
        {
            h.Add(item);
        }

        return h.ToHashCode();
    }
}
