using System.Diagnostics;
using System.Text.Json;

namespace PolicingModel.Tests.Serialization;

/// <summary>
/// Runs the foreign tools of tests/conformance (Ajv and json-schema-faker from the npm registry, on Node.js). The first
/// use installs them with <c>npm ci</c> from the committed lock file when they are not there yet, so that
/// <c>dotnet test</c> alone is enough on a machine with Node.js and the registry.
/// </summary>
internal static class NodeTools
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "tests", "conformance");
    private static readonly Lazy<bool> Installed = new(Install);

    internal static string SchemaPath => Path.Combine(RepositoryFiles.Root, "schema", "policing-model.schema.json");

    /// <summary>Runs a script of tests/conformance and parses the one JSON object it prints.</summary>
    internal static JsonElement Run(string script, params string[] arguments)
    {
        _ = Installed.Value;
        (int exit, string output, string error) = Execute("node", [Path.Combine(Folder, script), .. arguments], TimeSpan.FromMinutes(5));
        if (exit != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({exit}): {error}");
        }
        using JsonDocument parsed = JsonDocument.Parse(output);
        return parsed.RootElement.Clone();
    }

    private static bool Install()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "ajv")) && Directory.Exists(Path.Combine(Folder, "node_modules", "json-schema-faker")))
        {
            return true;
        }
        (int exit, _, string error) = Execute("npm", ["ci", "--no-audit", "--no-fund", "--prefix", Folder], TimeSpan.FromMinutes(5));
        return exit == 0 ? true : throw new InvalidOperationException($"npm ci in {Folder} failed ({exit}): {error}");
    }

    private static (int Exit, string Output, string Error) Execute(string command, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Folder };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} took longer than {timeout}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
