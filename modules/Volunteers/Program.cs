using Platform.Hosting;
using Platform.Hosting.Security;
using Platform.Volunteers;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddVolunteersModule();

var app = builder.Build();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapGraphQL();
app.Run();

/// <summary>The Volunteers module as a standalone service (tests start it through <see cref="VolunteersModule"/>).</summary>
public partial class Program;
