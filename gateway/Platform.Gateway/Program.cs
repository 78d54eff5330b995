using Platform.Gateway;
using Platform.Hosting;
using Platform.Hosting.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlatformAuthentication();
builder.AddGateway();
var app = builder.Build();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapGateway();
app.Run();
