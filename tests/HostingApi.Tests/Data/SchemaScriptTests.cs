using HostingApi.Core.Persistence;
using HostingApi.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HostingApi.Tests.Data;

/// <summary>
/// The server starts from two generated artefacts instead of building EF's model at runtime
/// (ADR-003): the compiled model (Data/CompiledModel) and the schema script (Data/schema.sql).
/// These tests fail as soon as either no longer matches the entity configuration, and say how to
/// regenerate it.
/// </summary>
public sealed class SchemaScriptTests : IDisposable
{
    private const string Regenerate =
        "the generated files are stale: in src/HostingApi run `dotnet tool restore`, then `dotnet ef dbcontext optimize --output-dir Storage/Sqlite/CompiledModel --namespace HostingApi.Storage.Sqlite.CompiledModel` and `dotnet ef dbcontext script -o Storage/Sqlite/schema.sql`";

    private readonly HostingDbContext _db = new(new DbContextOptionsBuilder<HostingDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Fact]
    public void The_schema_script_is_the_one_EF_generates_for_the_configuration()
    {
        Normalize(DatabaseSchema.Script()).Should().Be(Normalize(_db.Database.GenerateCreateScript()), Regenerate);
    }

    [Fact]
    public void The_compiled_model_matches_the_configuration()
    {
        var configured = _db.GetService<IDesignTimeModel>().Model;

        _db.Model.Should().NotBeSameAs(configured, "the server uses the compiled model, not one built at startup");
        Describe(configured).Should().Contain(line => line.StartsWith("Disks.SizeBytes: Int64", StringComparison.Ordinal));
        Describe(_db.Model).Should().Equal(Describe(configured), Regenerate);
    }

    [Fact]
    public async Task An_empty_database_gets_the_schema_once()
    {
        await using var db = new HostingDbContext(new DbContextOptionsBuilder<HostingDbContext>().UseSqlite("Data Source=:memory:").Options);
        await db.Database.OpenConnectionAsync();

        (await DatabaseSchema.CreateIfMissingAsync(db, default)).Should().BeTrue();
        (await DatabaseSchema.CreateIfMissingAsync(db, default)).Should().BeFalse("the tables exist now");
        (await db.Disks.CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_database_of_an_older_schema_is_refused_with_one_clear_line()
    {
        await using var db = new HostingDbContext(new DbContextOptionsBuilder<HostingDbContext>().UseSqlite("Data Source=:memory:").Options);
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Disks\" (\"Id\" INTEGER PRIMARY KEY, \"Size\" INTEGER NOT NULL);");

        var open = () => DatabaseSchema.CreateIfMissingAsync(db, default);

        (await open.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
            .Contain($"schema version 0; this HostingApi needs version {DatabaseSchema.Version}").And.NotContain("\n");
    }

    public void Dispose() => _db.Dispose();

    private static string Normalize(string script) => script.Trim('\uFEFF', ' ', '\r', '\n').ReplaceLineEndings("\n");

    // What the database and the materializer depend on: tables, columns, types, conversions, keys, indexes.
    private static IEnumerable<string> Describe(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(e =>
            e.GetProperties().Select(p =>
                    $"{e.GetTableName()}.{p.GetColumnName()}: {p.ClrType.Name} nullable={p.IsNullable} converter={p.GetValueConverter()?.GetType().Name} key={p.IsPrimaryKey()} generated={p.ValueGenerated}")
                .Concat(e.GetIndexes().Select(i => $"{e.GetTableName()} index({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}"))
                .Concat(e.GetForeignKeys().Select(f => $"{e.GetTableName()} fk({string.Join(",", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.GetTableName()} {f.DeleteBehavior}"))
                .OrderBy(line => line, StringComparer.Ordinal));
}
