using BenchmarkDotNet.Running;

namespace ClaimTracker.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["build-ledger", var count])
        {
            Console.WriteLine(LedgerBenchmarks.EnsureLedger(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
