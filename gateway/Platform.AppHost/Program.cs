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

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

return await new PlatformLauncher(options, BuildInfo.RepositoryRoot()).RunAsync(stop.Token);
