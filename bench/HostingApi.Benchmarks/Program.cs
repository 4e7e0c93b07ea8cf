using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/HostingApi.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
