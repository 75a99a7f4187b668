using System.Text.Json;
using System.Text.Json.Serialization;
using PolicingModel;
using PolicingModel.IntakeApi;
using PolicingModel.Serialization;

// A web intake for policing documents from any producer. The library's JSON integration is wired the usual way, so
// the document is read by the framework's own binding, through its PipeReader, strictly; every refusal is an RFC 9457
// problem: 400 with the error kind and a JSON Pointer for a document that cannot be read, 413 for one too large, 422
// with every validation problem for one that reads but breaks the rules, 200 with a summary otherwise.
WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, IntakeJsonContext.Default);
    options.SerializerOptions.ConfigureForPolicingModel();
});
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DocumentProblems>();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

WebApplication app = builder.Build();
app.UseExceptionHandler();
app.UseMiddleware<BodySizeLimit>(app.Configuration.GetValue("Intake:MaxBodyBytes", BodySizeLimit.DefaultMaxBytes));
app.MapPost("/documents", Intake.Accept);
app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

namespace PolicingModel.IntakeApi
{
    /// <summary>The JSON metadata of the intake's own answers (AOT-safe, beside the contract's resolver).</summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(AcceptedDocument))]
    [JsonSerializable(typeof(ProblemEntry[]))]
    [JsonSerializable(typeof(string))]
    internal sealed partial class IntakeJsonContext : JsonSerializerContext;
}
