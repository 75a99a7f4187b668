using Microsoft.AspNetCore.Diagnostics;
using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.IntakeApi;

/// <summary>
/// Turns a document the framework could not read into a 400 problem with the error's kind and JSON Pointer. The
/// framework wraps what the reader threw (a PolicingJsonException) in a BadHttpRequestException; the reader's own
/// message names the pointer and the problem, never a personal value.
/// </summary>
internal sealed class DocumentProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        var details = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = bad.StatusCode };
        if (bad.InnerException is PolicingJsonException unreadable)
        {
            details.Title = "The document cannot be read";
            details.Type = "https://policingmodel.example/problems/unreadable-document";
            details.Detail = unreadable.Problem;
            details.Extensions["kind"] = WireCodes.ToCode(unreadable.Kind);
            details.Extensions["pointer"] = unreadable.Pointer;
        }
        else
        {
            details.Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "A policing document is sent as application/json" : "The request cannot be read";
            details.Detail = bad.InnerException is System.Text.Json.JsonException ? "the body is not valid JSON." : bad.Message;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
