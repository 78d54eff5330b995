using Platform.Hosting;
using Platform.Hosting.Security;
using Platform.Activities;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddActivitiesModule();

var app = builder.Build();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapGraphQL();
app.Run();

/// <summary>The Activities module as a standalone service (tests start it through <see cref="ActivitiesModule"/>).</summary>
public partial class Program;
