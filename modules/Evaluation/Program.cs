using Platform.Evaluation;
using Platform.Hosting;
using Platform.Hosting.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddEvaluationModule();

var app = builder.Build();
app.UsePlatformAuthentication();
app.MapDefaultEndpoints();
app.MapGraphQL();
app.Run();

/// <summary>The Evaluation module as a standalone service (tests start it through <see cref="EvaluationModule"/>).</summary>
public partial class Program;
