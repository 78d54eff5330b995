using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Platform.Hosting.Security;

/// <summary>
/// ASP.NET Core treats a request whose bearer token fails validation as anonymous; a GraphQL endpoint would then
/// answer it as anonymous and the caller would never learn its token is bad. Here such a request gets 401 with the
/// bearer challenge (which says why: expired, bad signature, …) before any endpoint runs.
/// </summary>
public static class InvalidTokenRejection
{
    /// <summary>Authentication, rejection of invalid tokens, then authorization; call after routing.</summary>
    public static IApplicationBuilder UsePlatformAuthentication(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
            {
                var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
                if (!result.Succeeded)
                {
                    await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });
        app.UseAuthorization();
        return app;
    }
}
