using HostingApi.Tests.Infrastructure;

namespace HostingApi.Tests.Rpc;

/// <summary>
/// The catalog and account methods over HTTP, checked member by member with their XML-RPC types
/// (long = &lt;int&gt;, double = &lt;double&gt;, bool = &lt;boolean&gt;, null = &lt;nil/&gt;), decoded by the
/// independent test client.
/// </summary>
public class CatalogAndAccountMethodsTests(HostingApiFactory server) : IClassFixture<HostingApiFactory>
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Fact]
    public async Task DatacenterList_HasTheFiveDatacentersWithGandisFields()
    {
        var datacenters = (await server.CallAsync("hosting.datacenter.list", Key)).Array.Cast<Dictionary<string, object?>>().ToList();

        datacenters.Select(d => (d["id"], d["dc_code"], d["iaas_closed_for"])).Should().Equal(
            (1L, "FR-SD2", "NEW"), (2L, "US-BA1", "ALL"), (3L, "LU-BI1", "NONE"), (4L, "FR-SD3", "NONE"), (5L, "FR-SD5", "NONE"));
        datacenters[0].Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["id"] = 1L, ["iso"] = "FR", ["name"] = "Equinix Paris", ["country"] = "France", ["dc_code"] = "FR-SD2",
            ["iaas_closed_for"] = "NEW", ["paas_closed_for"] = "NEW", ["deactivate_at"] = new DateTime(2017, 12, 25), ["can_migrate_to"] = new List<object?> { 4L },
        });
        datacenters[2]["deactivate_at"].Should().BeNull();
    }

    [Fact]
    public async Task DatacenterList_ByName_FindsExactlyOne_AsDockerMachineNeeds()
    {
        (await server.CallAsync("hosting.datacenter.list", Key, new Dictionary<string, object?> { ["name"] = "Bissen" })).Array
            .Should().ContainSingle().Which.As<Dictionary<string, object?>>()["id"].Should().Be(3L);
    }

    [Fact]
    public async Task DatacenterList_IaasOpened_LeavesOutTheClosedOne()
    {
        var ids = (await server.CallAsync("hosting.datacenter.list", Key, new Dictionary<string, object?> { ["iaas_opened"] = true })).Array
            .Cast<Dictionary<string, object?>>().Select(d => d["id"]);

        ids.Should().Equal(1L, 3L, 4L, 5L);
    }

    [Fact]
    public async Task ImageList_ByLabelAndDatacenter_FindsExactlyOne_WithItsDiskId()
    {
        var images = (await server.CallAsync("hosting.image.list", Key, new Dictionary<string, object?> { ["label"] = "Ubuntu 14.04 64 bits LTS (HVM)", ["datacenter_id"] = 3 })).Array;

        var image = images.Should().ContainSingle().Which.As<Dictionary<string, object?>>();
        image.Keys.Should().BeEquivalentTo("id", "label", "system", "version", "os_arch", "kernel_version", "disk_id", "datacenter_id", "size", "visibility", "author_id", "date_created", "date_updated");
        image["size"].Should().Be(3072L);
        image["visibility"].Should().Be("all");
        var disk = (await server.CallAsync("hosting.disk.info", Key, image["disk_id"])).Struct;
        disk["type"].Should().Be("image");
        disk["label"].Should().Be("Ubuntu 14.04 64 bits LTS (HVM)");
        (await server.CallAsync("hosting.image.info", Key, image["id"])).Struct.Should().BeEquivalentTo(image);
    }

    [Fact]
    public async Task ImageInfo_OfAnUnknownImage_Faults()
    {
        (await server.CallAsync("hosting.image.info", Key, 999)).ShouldFault(532542).FaultString.Should().Contain("Image '999' doesn't exist.");
    }

    [Fact]
    public async Task ListKernels_GivesEachFlavorsVersions()
    {
        var kernels = (await server.CallAsync("hosting.disk.list_kernels", Key, 3)).Struct;

        kernels.Keys.Should().Equal("linux", "linux-hvm");
        ((List<object?>)kernels["linux-hvm"]!).Should().Equal("3.12-x86_64 (hvm)", "grub", "raw");
        (await server.CallAsync("hosting.disk.list_kernels", Key, 42)).ShouldFault(532742);
    }

    [Fact]
    public async Task ListOptions_DescribesTheCommandLineOptions_AndRefusesAnUnknownKernel()
    {
        var options = (await server.CallAsync("hosting.disk.list_options", Key, "3.12-x86_64 (hvm)")).Struct;

        ((Dictionary<string, object?>)options["root"]!)["default"].Should().Be("/dev/sda");
        ((Dictionary<string, object?>)options["ro"]!)["default"].Should().Be(true);
        (await server.CallAsync("hosting.disk.list_options", Key, "9.9-nope")).ShouldFault(530401);
    }

    [Fact]
    public async Task SnapshotProfiles_ListAndCount_WithGandisValues()
    {
        var profiles = (await server.CallAsync("hosting.snapshotprofile.list", Key)).Array.Cast<Dictionary<string, object?>>().ToList();

        profiles.Select(p => (p["id"], p["name"], p["kept_total"], p["quota_factor"])).Should().Equal(
            (1L, "minimal", 2L, 1.2), (2L, "full_week", 7L, 1.7), (3L, "security", 10L, 2.0));
        ((List<object?>)profiles[2]["schedules"]!).Should().HaveCount(3);
        (await server.CallAsync("hosting.snapshotprofile.count", Key)).ShouldSucceed().Value.Should().Be(3L);
        (await server.CallAsync("hosting.snapshotprofile.list", Key, new Dictionary<string, object?> { ["id"] = 2 })).Array.Should().ContainSingle();
    }

    [Fact]
    public async Task AccountInfo_RatingModel_HasCreditsAndNilResources()
    {
        var account = (await server.CallAsync("hosting.account.info", Key)).Struct;

        account.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["id"] = 1L, ["handle"] = "HA1-GANDI", ["fullname"] = "HostingApi default account", ["rating_enabled"] = true,
            ["credits"] = 2335360L, ["average_credit_cost"] = 0.0, ["date_credits_expiration"] = null, ["cycle_day"] = 23L,
            ["share_definition"] = null, ["products"] = null,
            ["resources"] = new Dictionary<string, object?> { ["available"] = null, ["granted"] = null, ["used"] = null, ["expired"] = null },
        });
    }

    [Fact]
    public async Task AccountInfo_SharesModel_HasGrantedUsedAndAvailable()
    {
        var account = (await server.CallAsync("hosting.account.info", HostingApiFactory.SharesKey)).Struct;

        account["rating_enabled"].Should().Be(false);
        ((Dictionary<string, object?>)account["share_definition"]!)["cores"].Should().Be(0.25);
        var resources = (Dictionary<string, object?>)account["resources"]!;
        ((Dictionary<string, object?>)resources["granted"]!).Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["servers"] = 12L, ["ips"] = 8L, ["cores"] = 5.0, ["memory"] = 3072L, ["disk"] = 98304L, ["bandwidth"] = 61440.0,
        });
        resources["expired"].Should().BeEquivalentTo(new Dictionary<string, object?>());
    }

    [Fact]
    public async Task RatingBalanceAndVersion_AreWhatGandiCliReads()
    {
        var rating = (await server.CallAsync("hosting.rating.list", Key)).Array.Should().ContainSingle().Which.As<Dictionary<string, object?>>();
        var balance = (await server.CallAsync("contact.balance", Key)).Struct;
        var version = (await server.CallAsync("version.info", Key)).Struct;

        ((Dictionary<string, object?>)rating["cpu"]!)["default"].Should().Be(168L);
        rating["timestamp"].Should().BeOfType<DateTime>();
        balance.Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["handle"] = "HA1-GANDI", ["prepaid"] = new Dictionary<string, object?> { ["amount"] = "1000.00", ["currency"] = "EUR" },
        });
        version.Should().BeEquivalentTo(new Dictionary<string, object?> { ["api_version"] = "3.3.42" });
    }

    [Fact]
    public async Task LegacyAliases_AnswerAsTheHostingMethods()
    {
        (await server.CallAsync("datacenter.list", Key)).Array.Should().HaveCount(5);
        (await server.CallAsync("account.info", Key)).Struct["handle"].Should().Be("HA1-GANDI");
    }

    [Fact]
    public async Task CatalogMethods_NeedAKnownApiKey()
    {
        (await server.CallAsync("hosting.datacenter.list", "zzzzzzzzzzzzzzzzzzzzzzzz")).ShouldFault(510150);
        (await server.CallAsync("hosting.datacenter.list")).ShouldFault(501637);
    }
}
