using Xunit;

namespace HostingApi.Testing.Sample.XunitV3;

/// <summary>
/// One emulator for the test class, started and stopped by xunit v3's IAsyncLifetime (ValueTask, and
/// IAsyncDisposable in place of v2's Task DisposeAsync): each test makes the account it needs.
/// </summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private HostingApiEmulator? _emulator;

    public HostingApiEmulator Emulator => _emulator ?? throw new InvalidOperationException("the fixture has not started");

    public async ValueTask InitializeAsync() =>
        _emulator = await HostingApiEmulator.StartAsync(new HostingApiEmulatorOptions { FreshAccount = false }, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
