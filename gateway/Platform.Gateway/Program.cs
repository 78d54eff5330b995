using Platform.Gateway;
using Platform.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();
var app = builder.Build();
app.MapGateway();
app.Run();
