namespace HostingApi.Core.Errors;

/// <summary>
/// How a refusal reads where the core itself must put it into words: an operation that ends in
/// ERROR keeps the text in <c>last_error</c>, and the control plane answers a refused request with
/// it. The dialect whose clients read these registers its own wording (Gandi: the fault code and
/// string the call would have answered); without one, the neutral message and no code.
/// </summary>
public interface IErrorWording
{
    ErrorWording Describe(CoreError error);
}

/// <summary>An error as a dialect words it: its code there, if it has codes, and its text.</summary>
public readonly record struct ErrorWording(int? Code, string Text);

/// <summary>The neutral message, for a host without a dialect that words errors.</summary>
public sealed class PlainErrorWording : IErrorWording
{
    public ErrorWording Describe(CoreError error) => new(null, error.Message);
}
