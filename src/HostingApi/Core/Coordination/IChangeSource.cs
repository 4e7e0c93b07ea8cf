namespace HostingApi.Core.Coordination;

/// <summary>
/// The one named source of change that memory kept for reads is keyed to: <see cref="Version"/> moves
/// after anything may have been written, so whatever was read before a version still holds until it
/// changes. In one process the write gate moves it; several instances need a version the database keeps.
/// </summary>
public interface IChangeSource
{
    long Version { get; }
}
