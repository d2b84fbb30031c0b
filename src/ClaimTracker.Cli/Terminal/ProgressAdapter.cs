using ClaimTracker.Analysis;

namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// Forwards the library's <see cref="AnalysisProgress"/> reports to a CLI <see cref="IProgressSink"/>, synchronously
/// (unlike <see cref="Progress{T}"/>, which posts to a synchronization context): a new stage starts a sink stage, and
/// each extracted article is one step named by its id (the other stages have no countable steps). Reports may come
/// from several threads; they are serialized here.
/// </summary>
internal sealed class ProgressAdapter(IProgressSink sink) : IProgress<AnalysisProgress>
{
    private readonly object _gate = new();
    private AnalysisStage? _stage;

    /// <inheritdoc />
    public void Report(AnalysisProgress value)
    {
        lock (_gate)
        {
            if (_stage != value.Stage)
            {
                _stage = value.Stage;
                sink.Stage(Name(value.Stage), value.Stage == AnalysisStage.Extracting ? value.Total : 0);
            }

            if (value.Stage == AnalysisStage.Extracting && value.Completed > 0)
            {
                sink.Step(value.Item);
            }
        }
    }

    private static string Name(AnalysisStage stage) => stage switch
    {
        AnalysisStage.Loading => "reading",
        AnalysisStage.Extracting => "extracting",
        AnalysisStage.Comparing => "comparing",
        AnalysisStage.Clustering => "clustering",
        _ => stage.ToString().ToLowerInvariant(),
    };
}
