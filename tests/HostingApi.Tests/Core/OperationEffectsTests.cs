using HostingApi.Core.Operations;
using HostingApi.Core.Operations.Effects;
using HostingApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Core;

/// <summary>Every operation type is named once and has exactly one effect, or the queue does not start.</summary>
public sealed class OperationEffectsTests
{
    [Fact]
    public async Task The_registered_effects_cover_every_type_once()
    {
        await using var server = new HostingApiFactory();

        var effects = server.Services.GetRequiredService<OperationEffects>();

        OperationTypes.All.Should().HaveCount(28);
        OperationTypes.All.Select(t => effects.For(t).Type).Should().BeEquivalentTo(OperationTypes.All);
    }

    [Fact]
    public void A_type_without_an_effect_a_second_effect_or_an_unknown_type_is_refused()
    {
        var all = OperationTypes.All.Select(t => (IOperationEffect)new RecordOnlyEffect(t)).ToList();

        var missing = () => new OperationEffects(all.Where(e => e.Type != OperationTypes.DiskCreate));
        var doubled = () => new OperationEffects([.. all, new RecordOnlyEffect(OperationTypes.VmStart)]);
        var unknown = () => new OperationEffects([.. all, new RecordOnlyEffect("disk_creat")]);

        missing.Should().Throw<InvalidOperationException>().WithMessage("*'disk_create' has no effect*");
        doubled.Should().Throw<InvalidOperationException>().WithMessage("*'vm_start' has 2 effects*");
        unknown.Should().Throw<InvalidOperationException>().WithMessage("*'disk_creat' is not in OperationTypes*");
        new OperationEffects(all).For(OperationTypes.VmStart).Type.Should().Be(OperationTypes.VmStart);
    }

    [Fact]
    public void Every_type_is_spelled_as_Gandi_answers_it()
    {
        OperationTypes.All.Should().OnlyContain(t => t.All(c => char.IsAsciiLetterLower(c) || c == '_'));
        typeof(OperationTypes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Should().BeEquivalentTo(OperationTypes.All, "every constant is in All");
    }
}
