namespace Platform.Hosting.Synthetic;

/// <summary>Splits a whole number into parts proportional to weights (largest remainder), so the parts sum exactly.</summary>
internal static class Allocation
{
    /// <summary>Parts of <paramref name="total"/> proportional to <paramref name="weights"/>, each at least <paramref name="minimum"/>.</summary>
    public static long[] Split(long total, IReadOnlyList<double> weights, long minimum = 0)
    {
        var parts = new long[weights.Count];
        var spare = total - minimum * weights.Count;
        if (spare < 0)
        {
            throw new ArgumentException($"{total} cannot give {weights.Count} parts at least {minimum} each.", nameof(total));
        }

        var sum = weights.Sum();
        var remainders = new (double Fraction, int Index)[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = spare * weights[i] / sum;
            var whole = (long)Math.Floor(exact);
            parts[i] = minimum + whole;
            given += whole;
            remainders[i] = (exact - whole, i);
        }

        // Ties go to the lower index, so the split never depends on the sort's stability.
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index).Take((int)(spare - given)))
        {
            parts[index]++;
        }

        return parts;
    }

    /// <summary>Counts of children for <paramref name="parents"/> parents, <paramref name="total"/> in all, each at least one, varied by ±40 %.</summary>
    public static int[] Children(int total, int parents, SyntheticRandom random)
    {
        var weights = Enumerable.Range(0, parents).Select(_ => random.Between(0.6, 1.4)).ToArray();
        return Split(total, weights, minimum: 1).Select(count => (int)count).ToArray();
    }
}
