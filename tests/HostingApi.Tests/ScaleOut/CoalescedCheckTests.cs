using System.Collections.Concurrent;
using HostingApi.Storage.Postgres;

namespace HostingApi.Tests.ScaleOut;

/// <summary>The version check that requests share on PostgreSQL: one in flight, the next one for everyone who came meanwhile.</summary>
public sealed class CoalescedCheckTests
{
    [Fact]
    public async Task Callers_who_come_while_a_check_runs_share_the_next_one_which_starts_after_they_came()
    {
        var rounds = new ConcurrentQueue<TaskCompletionSource>();
        var check = new CoalescedCheck(() =>
        {
            var round = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            rounds.Enqueue(round);
            return round.Task;
        });

        var first = check.RunAsync();
        var later = Enumerable.Range(0, 10).Select(_ => check.RunAsync()).ToList();
        rounds.Should().HaveCount(1, "one check in flight");
        later.Distinct().Should().HaveCount(1, "the callers who came meanwhile share one round");

        Finish(rounds, 0);
        await first;
        await WaitUntilAsync(() => rounds.Count == 2);
        later[0].IsCompleted.Should().BeFalse("their round began after the first ended, and has not ended yet");

        Finish(rounds, 1);
        await Task.WhenAll(later);
        rounds.Should().HaveCount(2, "eleven callers, two checks");
    }

    [Fact]
    public async Task A_failed_check_fails_its_own_round_only()
    {
        var calls = 0;
        var check = new CoalescedCheck(() => Interlocked.Increment(ref calls) == 1
            ? Task.FromException(new InvalidOperationException("the database is gone"))
            : Task.CompletedTask);

        await check.Invoking(c => c.RunAsync()).Should().ThrowAsync<InvalidOperationException>();
        await check.RunAsync();
        calls.Should().Be(2);
    }

    private static void Finish(ConcurrentQueue<TaskCompletionSource> rounds, int index) => rounds.ElementAt(index).SetResult();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue();
    }
}
