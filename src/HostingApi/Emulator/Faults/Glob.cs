using System.Text.RegularExpressions;

namespace HostingApi.Emulator.Faults;

/// <summary>
/// A method name pattern, compiled once: exact (<c>hosting.disk.info</c>), or a glob where <c>*</c>
/// is any run of characters and <c>?</c> one (<c>hosting.disk.*</c>). Matching allocates nothing:
/// the common shapes (exact, prefix) are string comparisons, the rest a compiled regex.
/// </summary>
public sealed class Glob
{
    private readonly string _pattern;
    private readonly string? _prefix;
    private readonly Regex? _regex;

    public Glob(string pattern)
    {
        _pattern = pattern;
        var wild = pattern.AsSpan().IndexOfAny('*', '?');
        if (wild < 0)
        {
            return;
        }

        if (wild == pattern.Length - 1 && pattern[wild] == '*')
        {
            _prefix = pattern[..wild];
            return;
        }

        var expression = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        _regex = new Regex(expression, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(100));
    }

    public bool Matches(string name) =>
        _regex is not null ? _regex.IsMatch(name)
        : _prefix is not null ? name.StartsWith(_prefix, StringComparison.Ordinal)
        : string.Equals(name, _pattern, StringComparison.Ordinal);

    public override string ToString() => _pattern;
}
