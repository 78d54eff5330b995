using Platform.Hosting.Security;

namespace Platform.AppHost;

/// <summary>
/// <c>token --role &lt;role&gt; [--unit &lt;id&gt;] [--volunteer &lt;id&gt;] [--subject &lt;s&gt;] [--hours &lt;n&gt;]</c>: prints a
/// token signed with the development key the services accept when they run in Development.
/// </summary>
public static class DevelopmentTokenCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!arguments[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= arguments.Count)
            {
                return Usage(error, $"unexpected argument '{arguments[i]}'");
            }

            values[arguments[i][2..]] = arguments[++i];
        }

        if (!values.TryGetValue("role", out var role) || !PlatformRoles.All.Contains(role))
        {
            return Usage(error, "--role must be one of " + string.Join(", ", PlatformRoles.All));
        }

        if (role is PlatformRoles.UnitAdmin or PlatformRoles.ProvinceAdmin && !values.ContainsKey("unit"))
        {
            return Usage(error, $"--unit is required for {role}");
        }

        var hours = values.TryGetValue("hours", out var text) && double.TryParse(text, out var parsed) && parsed > 0 ? parsed : 8;
        var issuer = new PlatformTokenIssuer(new AuthOptions { SigningKey = AuthOptions.DevelopmentSigningKey });
        output.WriteLine(issuer.Issue(new TokenRequest(
            values.GetValueOrDefault("subject") ?? "dev-" + role,
            role,
            values.GetValueOrDefault("unit"),
            values.GetValueOrDefault("volunteer"))
        {
            Lifetime = TimeSpan.FromHours(hours),
        }));
        return 0;
    }

    private static int Usage(TextWriter error, string problem)
    {
        error.WriteLine($"token: {problem}");
        error.WriteLine($"usage: token --role <{string.Join('|', PlatformRoles.All)}> [--unit <id>] [--volunteer <id>] [--subject <s>] [--hours <n>]");
        return 2;
    }
}
