namespace HostingApi.Core.Calls;

/// <summary>Why a request could not be served, and what would help its author.</summary>
/// <param name="Kind"><c>unknown_method</c>, <c>wrong_arity</c>, <c>wrong_type</c>, <c>malformed</c> or <c>too_large</c>.</param>
/// <param name="Message">What was wrong, as the client was told.</param>
/// <param name="Suggestions">For an unknown method: the closest known names.</param>
/// <param name="Signature">For wrong arguments: the signature the method expects.</param>
/// <param name="Line">For a malformed document: the 1-based line (0 when unknown).</param>
/// <param name="Position">For a malformed document: the 1-based position in the line.</param>
public sealed record UnmatchedReason(
    string Kind, string Message, IReadOnlyList<string>? Suggestions = null, string? Signature = null, int? Line = null, int? Position = null);
