namespace HostingApi.Core.Persistence;

/// <summary>
/// No reservation: the id is known after the insert. PostgreSQL's: there a reservation (<c>nextval</c>)
/// would be one more round trip for the one it saves, the name's update going out with the operation's insert.
/// </summary>
public sealed class NoIdReservation : IIdReservation
{
    public Task<int?> NextIdAsync(HostingDbContext db, Type entityType, CancellationToken ct) => Task.FromResult<int?>(null);
}
