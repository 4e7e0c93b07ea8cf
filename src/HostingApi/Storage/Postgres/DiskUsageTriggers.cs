using HostingApi.Storage.State;

namespace HostingApi.Storage.Postgres;

/// <summary>
/// PostgreSQL's trigger that keeps <c>DiskUsage</c> (as SQLite's do): each change to a disk moves its
/// account's total in the same statement, whoever writes it. Created with the schema.
/// </summary>
public static class DiskUsageTriggers
{
    public static string Script() => $$"""
        CREATE FUNCTION "HostingApiDiskUsage"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') AND {{DiskUsageTotals.Counts("OLD")}} THEN
                UPDATE "DiskUsage" SET "SizeBytes" = "DiskUsage"."SizeBytes" - OLD."SizeBytes"
                WHERE "AccountId" = OLD."AccountId" AND "ProfileKey" = {{DiskUsageTotals.ProfileKey("OLD")}};
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND {{DiskUsageTotals.Counts("NEW")}} THEN
                INSERT INTO "DiskUsage" ("AccountId", "ProfileKey", "SizeBytes")
                VALUES (NEW."AccountId", {{DiskUsageTotals.ProfileKey("NEW")}}, NEW."SizeBytes")
                ON CONFLICT ("AccountId", "ProfileKey") DO UPDATE SET "SizeBytes" = "DiskUsage"."SizeBytes" + EXCLUDED."SizeBytes";
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER "Disks_Usage" AFTER INSERT OR DELETE OR UPDATE OF "AccountId", "Type", "State", "SizeBytes", "SnapshotProfileId"
        ON "Disks" FOR EACH ROW EXECUTE FUNCTION "HostingApiDiskUsage"();
        """;
}
