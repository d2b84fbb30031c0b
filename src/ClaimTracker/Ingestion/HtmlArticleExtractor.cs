using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Reads an HTML page with AngleSharp (an HTML5-conformant parser, never regular expressions): metadata from
/// the head and the visible text of the body, block elements becoming paragraphs separated by blank lines.
/// </summary>
internal static class HtmlArticleExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg", "math",
        "canvas", "select", "button", "input", "textarea", "audio", "video", "picture", "img", "map",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "legend",
    };

    public static (string Text, ArticleMetadata Metadata) Extract(string html, string name, List<Diagnostic> diagnostics)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);

        string? Meta(string selector, string attribute = "content") =>
            MetadataFields.Clean(document.QuerySelector(selector)?.GetAttribute(attribute));

        var title = Meta("meta[property='og:title']") ?? MetadataFields.Clean(document.Title);
        var published = Meta("meta[property='article:published_time']") ?? Meta("meta[name='article:published_time']")
            ?? Meta("time[datetime]", "datetime");
        var outlet = Meta("meta[property='og:site_name']");
        var url = Meta("meta[property='og:url']") ?? Meta("link[rel='canonical']", "href");
        var language = MetadataFields.Clean(document.DocumentElement?.GetAttribute("lang"));
        var metadata = MetadataFields.Build(null, language, published, outlet, title, url, name, "HTML", diagnostics);

        var text = document.Body is { } body ? VisibleText(body) : string.Empty;
        return (text, metadata);
    }

    /// <summary>The visible text under <paramref name="root"/>, walked without recursion so deep nesting cannot overflow the stack.</summary>
    private static string VisibleText(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var pendingSpace = false;
        var preDepth = 0;

        void Flush()
        {
            var s = current.ToString().Trim(' ', '\n');
            if (s.Length > 0)
            {
                paragraphs.Add(s);
            }

            current.Clear();
            pendingSpace = false;
        }

        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                var tag = element.LocalName;
                var block = Blocks.Contains(tag);
                if (exit)
                {
                    if (tag.Equals("pre", StringComparison.OrdinalIgnoreCase))
                    {
                        preDepth--;
                    }

                    if (block)
                    {
                        Flush();
                    }

                    continue;
                }

                if (Skipped.Contains(tag) || element.HasAttribute("hidden"))
                {
                    continue;
                }

                if (tag.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    while (current.Length > 0 && current[^1] == ' ')
                    {
                        current.Length--;
                    }

                    if (current.Length > 0)
                    {
                        current.Append('\n');
                    }

                    pendingSpace = false;
                    continue;
                }

                if (block)
                {
                    Flush();
                }

                if (tag.Equals("pre", StringComparison.OrdinalIgnoreCase))
                {
                    preDepth++;
                }

                stack.Push((element, true));
                for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((element.ChildNodes[i], false));
                }
            }
            else if (node is IText textNode)
            {
                AppendText(textNode.Data);
            }
        }

        Flush();
        return string.Join("\n\n", paragraphs);

        void AppendText(string data)
        {
            if (preDepth > 0)
            {
                current.Append(data.ReplaceLineEndings("\n"));
                pendingSpace = false;
                return;
            }

            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = current.Length > 0 && current[^1] != '\n';
                    continue;
                }

                if (pendingSpace)
                {
                    current.Append(' ');
                    pendingSpace = false;
                }

                current.Append(c);
            }
        }
    }
}
