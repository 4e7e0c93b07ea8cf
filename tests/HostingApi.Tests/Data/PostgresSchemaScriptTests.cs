using HostingApi.Core.Persistence;
using HostingApi.Storage.Postgres;
using HostingApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace HostingApi.Tests.Data;

/// <summary>
/// The same guard as <see cref="SchemaScriptTests"/> for PostgreSQL's generated artefacts
/// (Storage/Postgres/schema.sql and Storage/Postgres/CompiledModel): the first two need no server.
/// </summary>
public sealed class PostgresSchemaScriptTests : IDisposable
{
    private const string Regenerate =
        "the generated PostgreSQL files are stale: in src/HostingApi run `dotnet tool restore`, then with Database__Provider=Postgres and Database__ConnectionString=Host=unused set: " +
        "`dotnet ef dbcontext optimize --output-dir Storage/Postgres/CompiledModel --namespace HostingApi.Storage.Postgres.CompiledModel` " +
        "(delete the HostingDbContextAssemblyAttributes.cs it writes there: the assembly attribute must name SQLite's model) and `dotnet ef dbcontext script -o Storage/Postgres/schema.sql`";

    private readonly HostingDbContext _db = new(new DbContextOptionsBuilder<HostingDbContext>()
        .UseNpgsql("Host=unused").UseModel(HostingApi.Storage.Postgres.CompiledModel.HostingDbContextModel.Instance).Options);

    [Fact]
    public void The_schema_script_is_the_one_EF_generates_for_the_configuration()
    {
        Normalize(PostgresSchema.Script()).Should().Be(Normalize(_db.Database.GenerateCreateScript()), Regenerate);
    }

    [Fact]
    public void The_compiled_model_matches_the_configuration()
    {
        var configured = _db.GetService<IDesignTimeModel>().Model;

        _db.Model.Should().NotBeSameAs(configured, "the server uses the compiled model, not one built at startup");
        Describe(_db.Model).Should().Equal(Describe(configured), Regenerate);
    }

    [PostgresFact]
    public async Task An_empty_database_gets_the_schema_once()
    {
        var connectionString = TestPostgres.CreateDatabase();
        try
        {
            await using var db = Open(connectionString);

            (await PostgresSchema.CreateIfMissingAsync(db, default)).Should().BeTrue();
            (await PostgresSchema.CreateIfMissingAsync(db, default)).Should().BeFalse("the tables exist now");
            (await db.Disks.CountAsync()).Should().Be(0);
        }
        finally
        {
            TestPostgres.DropDatabase(connectionString);
        }
    }

    [PostgresFact]
    public async Task A_database_of_an_older_schema_is_refused_with_one_clear_line()
    {
        var connectionString = TestPostgres.CreateDatabase();
        try
        {
            await using var db = Open(connectionString);
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"Disks\" (\"Id\" integer PRIMARY KEY, \"Size\" integer NOT NULL);");

            var open = () => PostgresSchema.CreateIfMissingAsync(db, default);

            (await open.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should()
                .Contain($"schema version 0; this HostingApi needs version {PostgresSchema.Version}").And.NotContain("\n");

            await db.Database.ExecuteSqlRawAsync("CREATE TABLE \"HostingApiSchema\" (\"Version\" integer NOT NULL); INSERT INTO \"HostingApiSchema\" VALUES (3);");
            (await open.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("schema version 3");
        }
        finally
        {
            TestPostgres.DropDatabase(connectionString);
        }
    }

    public void Dispose() => _db.Dispose();

    private static HostingDbContext Open(string connectionString) => new(new DbContextOptionsBuilder<HostingDbContext>()
        .UseNpgsql(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString)
        .UseModel(HostingApi.Storage.Postgres.CompiledModel.HostingDbContextModel.Instance).Options);

    private static string Normalize(string script) => script.Trim('\uFEFF', ' ', '\r', '\n').ReplaceLineEndings("\n");

    private static IEnumerable<string> Describe(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(e =>
            e.GetProperties().Select(p =>
                    $"{e.GetTableName()}.{p.GetColumnName()}: {p.ClrType.Name} {p.GetColumnType()} nullable={p.IsNullable} converter={p.GetValueConverter()?.GetType().Name} key={p.IsPrimaryKey()} generated={p.ValueGenerated}")
                .Concat(e.GetIndexes().Select(i => $"{e.GetTableName()} index({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}"))
                .OrderBy(line => line, StringComparer.Ordinal));
}
