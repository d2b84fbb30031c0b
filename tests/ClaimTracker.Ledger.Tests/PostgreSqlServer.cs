using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimTracker.Ledger.Tests;

/// <summary>
/// The PostgreSQL server the tests use: the connection string in <c>CLAIMTRACKER_TEST_POSTGRES</c> (set by
/// <c>.ci/postgres.sh</c>, which <c>.ci/run</c> sources). Without a server that answers, the tests fail when <c>CI</c> is
/// set and are reported skipped, with how to enable them, on a developer machine.
/// </summary>
internal static class PostgreSqlServer
{
    public const string Variable = "CLAIMTRACKER_TEST_POSTGRES";

    public const string HowToEnable =
        "PostgreSQL ledger tests need a server: run `source .ci/postgres.sh` as root (starts a throwaway cluster and sets " + Variable + "), or set " + Variable + " to an Npgsql connection string.";

    private static readonly Lazy<string?> Problem = new(Probe);

    public static string ConnectionString => Environment.GetEnvironmentVariable(Variable) ?? "";

    /// <summary>Why the server cannot be used, or null when it answers.</summary>
    public static string? Unavailable => Problem.Value;

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Throws with the reason when the server is unusable (what every PostgreSQL test does first under CI).</summary>
    public static void Require()
    {
        if (Unavailable is { } problem)
        {
            throw new InvalidOperationException($"{problem} {HowToEnable}");
        }
    }

    private static string? Probe()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return $"{Variable} is not set.";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 5, Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 1", connection);
            command.ExecuteScalar();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            return $"The PostgreSQL server of {Variable} does not answer ({ex.Message}).";
        }
    }
}

/// <summary>Marks a test class whose tests need the PostgreSQL server (see <see cref="StoreFactAttribute"/>).</summary>
public interface INeedPostgreSql
{
}

/// <summary>
/// A ledger test. In a class that implements <see cref="INeedPostgreSql"/> it is reported skipped, with how to enable it,
/// when no PostgreSQL server answers and <c>CI</c> is not set; under CI it runs, and fails on a missing server (never
/// skips). Decided per test class at discovery, so one abstract contract class serves every store.
/// </summary>
[XunitTestCaseDiscoverer("ClaimTracker.Ledger.Tests.StoreFactDiscoverer", "ClaimTracker.Ledger.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute
{
}

/// <summary>Discovers <see cref="StoreFactAttribute"/> tests.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var type = testMethod.TestClass.Class.ToRuntimeType();
        if (typeof(INeedPostgreSql).IsAssignableFrom(type) && !PostgreSqlServer.InCi && PostgreSqlServer.Unavailable is { } problem)
        {
            return [new SkippedTestCase(diagnosticMessageSink, display, displayOptions, testMethod, $"{problem} {PostgreSqlServer.HowToEnable}")];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}

/// <summary>A test case reported skipped with a reason decided at discovery.</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", error: true)]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string reason)
        : base(sink, display, displayOptions, method)
    {
        _reason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("Reason");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
