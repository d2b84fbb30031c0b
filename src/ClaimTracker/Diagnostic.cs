using ClaimTracker.Text;

namespace ClaimTracker;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information that explains a decision.</summary>
    Info,

    /// <summary>Something was uncertain or lost precision; the result may be wider than the text meant.</summary>
    Warning,

    /// <summary>Input could not be used.</summary>
    Error,
}

/// <summary>A message about the input that did not stop processing (a coarse reference date, skipped boilerplate, an unreadable file).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable identifier such as <c>CT1001</c>, documented in docs.</param>
/// <param name="Message">What happened, in one sentence.</param>
/// <param name="Span">Where in the text it applies, if anywhere.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, TextSpan? Span = null);
