using System.Text.Json.Nodes;
using HostingApi.Core.Errors;
using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Drives;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Servers;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Tags;

/// <summary>
/// The account's tags and what they name. A tag is an annotation of its own (<see cref="TagRecord"/>); its
/// resources are the drives and servers whose <c>tags</c> list it, so a tag's <c>resources</c> and a drive's
/// <c>tags</c> cannot disagree: changing one rewrites the other, in one transaction.
/// </summary>
public sealed class TagBook(ServerContext servers)
{
    private DriveContext Drives => servers.Drives;

    public async Task<IReadOnlyList<TagRecord>> ListAsync() =>
        [.. (await Drives.Annotations.ListAsync(Drives.Tenant, DriveAttributes.Dialect, ObjectKind.Tag, Drives.Aborted))
            .Select(a => TagRecord.Parse(a.ObjectId, a.EntityId, a.Json))];

    /// <summary>One of the caller's tags, else 404.</summary>
    public async Task<TagRecord> TagAsync(string uuid) =>
        (await ListAsync()).FirstOrDefault(t => t.Uuid == uuid) ?? throw CloudSigmaError.NotExist(uuid);

    /// <summary>Refuses (404) a tag uuid the caller has no tag of: a drive or server carries only existing tags.</summary>
    public async Task RequireAsync(IReadOnlyList<string>? uuids)
    {
        if (uuids is not { Count: > 0 })
        {
            return;
        }

        var known = (await ListAsync()).Select(t => t.Uuid).ToHashSet();
        if (uuids.FirstOrDefault(u => !known.Contains(u)) is { } unknown)
        {
            throw CloudSigmaError.NotExist(unknown);
        }
    }

    /// <summary>Every drive and server of the caller, with its tags.</summary>
    public async Task<IReadOnlyList<TaggedObject>> ObjectsAsync()
    {
        var drives = await Drives.Views.ListAsync(Drives.Tenant, DriveAttributes.Dialect, new DiskQuery(), Drives.Aborted);
        var all = drives.Items.Select(v => new TaggedObject("drives", ObjectKind.Disk, v.Disk.Id, v.Disk.EntityId,
            DriveAttributes.Parse(v.Annotation).Tags, DriveAttributes.Default.ToJson())).ToList();
        all.AddRange((await servers.ListAsync()).Select(v => new TaggedObject("servers", ObjectKind.Vm, v.Vm.Id, v.Uuid,
            v.Attributes.Tags, ServerAttributes.For(v.Vm.Cores, v.Vm.Memory).ToJson())));
        return all;
    }

    /// <summary>
    /// Stores <paramref name="tags"/> (new ones get the next numbers) and, for each whose resources are given, makes
    /// exactly those objects carry it; an unknown resource uuid is refused (404) before anything changes.
    /// </summary>
    public async Task<IReadOnlyList<TagRecord>> SaveAsync(IReadOnlyList<(TagRecord Tag, IReadOnlyList<string>? Resources)> tags)
    {
        var objects = await ObjectsAsync();
        var byUuid = objects.ToDictionary(o => o.Uuid);
        if (tags.SelectMany(t => t.Resources ?? []).FirstOrDefault(uuid => !byUuid.ContainsKey(uuid)) is { } unknown)
        {
            throw CloudSigmaError.NotExist(unknown);
        }

        var saved = new List<TagRecord>();
        await Drives.Annotations.ChangeAsync(async now =>
        {
            var next = (await Drives.Annotations.ListAsync(Drives.Tenant, DriveAttributes.Dialect, ObjectKind.Tag, Drives.Aborted))
                .Select(a => a.ObjectId).DefaultIfEmpty(0).Max() + 1;
            saved.Clear();
            foreach (var (tag, _) in tags)
            {
                var stored = tag.Number == 0 ? tag with { Number = next++ } : tag;
                await Drives.Annotations.SetInAsync(Drives.Tenant, DriveAttributes.Dialect, ObjectKind.Tag, stored.Number, stored.Uuid, stored.ToJson(), now, Drives.Aborted);
                saved.Add(stored);
            }

            var replaced = tags.Where(t => t.Resources is not null).ToDictionary(t => t.Tag.Uuid, t => t.Resources!);
            await RetagAsync(objects, replaced, now);
        }, Drives.Aborted);
        return saved;
    }

    /// <summary>Deletes a tag: no object carries it any more.</summary>
    public Task DeleteAsync(TagRecord tag) => Drives.Annotations.ChangeAsync(async now =>
    {
        await RetagAsync(await ObjectsAsync(), new Dictionary<string, IReadOnlyList<string>> { [tag.Uuid] = [] }, now);
        await Drives.Annotations.RemoveInAsync(Drives.Tenant, DriveAttributes.Dialect, ObjectKind.Tag, tag.Number, Drives.Aborted);
    }, Drives.Aborted);

    // Each object that carries one of the replaced tags or is named by one: its tags re-read under the lock and rewritten once.
    private async Task RetagAsync(IReadOnlyList<TaggedObject> objects, IReadOnlyDictionary<string, IReadOnlyList<string>> replaced, DateTime now)
    {
        if (replaced.Count == 0)
        {
            return;
        }

        foreach (var o in objects.Where(o => o.Tags.Any(replaced.ContainsKey) || replaced.Values.Any(r => r.Contains(o.Uuid))))
        {
            var current = await Drives.Annotations.FindAsync(Drives.Tenant, DriveAttributes.Dialect, o.Kind, o.ObjectId, Drives.Aborted);
            var json = JsonNode.Parse(current?.Json ?? o.DefaultJson) as JsonObject ?? [];
            var tags = json["tags"] is JsonArray list ? list.Select(t => (string?)t).OfType<string>().ToList() : [];
            var kept = tags.Where(t => !replaced.ContainsKey(t)).Concat(replaced.Where(r => r.Value.Contains(o.Uuid)).Select(r => r.Key)).Distinct();
            json["tags"] = new JsonArray([.. kept.Select(t => (JsonNode?)t)]);
            await Drives.Annotations.SetInAsync(Drives.Tenant, DriveAttributes.Dialect, o.Kind, o.ObjectId, o.Uuid, json.ToJsonString(), now, Drives.Aborted);
        }
    }
}
