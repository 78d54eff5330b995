using Platform.Hosting;
using Platform.Hosting.Security;
using Platform.Organization;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddOrganizationModule();

var app = builder.Build();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapGraphQL();
app.Run();

/// <summary>The Organization module as a standalone service (tests start it through <see cref="OrganizationModule"/>).</summary>
public partial class Program;
