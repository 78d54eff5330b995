using Platform.Hosting;
using Platform.Hosting.Security;
using Platform.Venues;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVenuesModule();

var app = builder.Build();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapGraphQL();
app.Run();

/// <summary>The Venues module as a standalone service (tests start it through <see cref="VenuesModule"/>).</summary>
public partial class Program;
