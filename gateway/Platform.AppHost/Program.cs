using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Platform.AppHost;

if (args.Length > 0 && args[0] == "token")
{
    return DevelopmentTokenCommand.Run(args[1..], Console.Out, Console.Error);
}

var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json")
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();
var options = configuration.GetSection("AppHost").Get<AppHostOptions>() ?? new AppHostOptions();
ScaledRun? scaled;
try
{
    scaled = ScaledRun.From(configuration);
}
catch (InvalidOperationException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}

// Ctrl+C and SIGTERM stop the platform gracefully: the launcher stops every service it started before exiting.
using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

return await new PlatformLauncher(options, BuildInfo.RepositoryRoot(), scaled).RunAsync(stop.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
