using HostingApi.Core.Calls;
using HostingApi.Emulator.Journal;

namespace HostingApi.Tests.Emulator;

/// <summary>The journal's ring holds copies of the records' fields: what a reader sees, and what it keeps.</summary>
public class CallRingTests
{
    [Fact]
    public void Only_the_latest_detailed_calls_keep_their_values_and_every_call_keeps_its_summary()
    {
        var ring = new CallRing(capacity: 10, detailed: 2);
        for (var i = 1; i <= 4; i++)
        {
            ring.Add(Record("hosting.disk.info", durationMs: i, values: new Values()));
        }

        var held = ring.Snapshot();
        held.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4);
        held.Select(e => e.Record.DurationMs).Should().Equal(1, 2, 3, 4);
        held.Select(e => e.Record.Values is not null).Should().Equal(false, false, true, true);
        held.Should().OnlyContain(e => e.Record.Method == "hosting.disk.info" && e.Record.Account == "key#00000001");
    }

    [Fact]
    public void A_snapshot_is_a_copy_the_ring_going_on_does_not_change()
    {
        var ring = new CallRing(capacity: 2);
        ring.Add(Record("a", durationMs: 1));
        var before = ring.Snapshot();
        ring.Add(Record("b", durationMs: 2));
        ring.Add(Record("c", durationMs: 3));

        before.Should().ContainSingle().Which.Record.Method.Should().Be("a");
        ring.Snapshot().Select(e => (e.Sequence, e.Record.Method)).Should().Equal((2, "b"), (3, "c"));
        ring.Added.Should().Be(3);
    }

    [Fact]
    public void Equal_strings_of_different_calls_are_kept_once()
    {
        var ring = new CallRing(capacity: 4);
        ring.Add(Record(new string("hosting.vm.list".ToCharArray()), durationMs: 1));
        ring.Add(Record(new string("hosting.vm.list".ToCharArray()), durationMs: 2));

        var held = ring.Snapshot();
        ReferenceEquals(held[0].Record.Method, held[1].Record.Method).Should().BeTrue();
        ReferenceEquals(held[0].Record.Account, held[1].Record.Account).Should().BeTrue();
    }

    [Fact]
    public void A_client_sending_a_new_method_name_each_call_is_journalled_whole_past_the_shared_strings_bound()
    {
        var ring = new CallRing(capacity: 3);
        for (var i = 0; i < 5_000; i++)
        {
            ring.Add(Record($"no.such.method{i}", durationMs: i));
        }

        ring.Snapshot().Select(e => e.Record.Method).Should().Equal("no.such.method4997", "no.such.method4998", "no.such.method4999");
    }

    private static CallRecord Record(string method, double durationMs, ICallValues? values = null) => new()
    {
        Dialect = "gandi",
        Method = method,
        Account = new string("key#00000001".ToCharArray()),
        DurationMs = durationMs,
        Values = values,
    };

    private sealed class Values : ICallValues
    {
        public bool TryGetArgument(int index, IReadOnlyList<string> path, out object? value)
        {
            value = null;
            return false;
        }

        public IReadOnlyList<object?> RedactedParameters() => [];

        public object? RedactedResult() => null;

        public IReadOnlyList<long> OperationIds() => [];
    }
}
