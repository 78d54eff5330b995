using Platform.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGateway(builder.Configuration);
var app = builder.Build();
app.MapGateway();
app.Run();
