using PolicingModel.Reference;
using PolicingModel.Serialization;

namespace PolicingModel.Cli;

/// <summary>Reads a document file strictly, reporting an unreadable file or malformed JSON instead of throwing.</summary>
internal static class DocumentFile
{
    /// <summary>The document, or null after writing why it could not be read.</summary>
    internal static PolicingDocument? Read(string file, TextWriter output, TextWriter error)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"cannot read {file}: {e.Message}");
            return null;
        }
        try
        {
            return PolicingJson.ReadDocument(bytes);
        }
        catch (PolicingJsonException e)
        {
            // One line, like a validation problem: the kind as a code, the JSON path, then the reader's message.
            output.WriteLine(e.Pointer.Length == 0 ? $"json/{WireCodes.ToCode(e.Kind)} error: {e.Problem}" : $"json/{WireCodes.ToCode(e.Kind)} error at {e.Pointer}: {e.Problem}");
            output.WriteLine($"{file}: not a readable policing document");
            return null;
        }
    }
}
