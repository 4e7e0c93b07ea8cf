using HostingApi.Core.Errors;

namespace HostingApi.Dialects.CloudSigma.Tags;

/// <summary>
/// A drive or server a tag may name: its collection (<c>drives</c>, <c>servers</c>: the <c>res_type</c>), the core
/// object its annotation belongs to, its tags now, and the annotation it gets if it has none yet.
/// </summary>
public sealed record TaggedObject(string ResType, ObjectKind Kind, int ObjectId, string Uuid, IReadOnlyList<string> Tags, string DefaultJson);
