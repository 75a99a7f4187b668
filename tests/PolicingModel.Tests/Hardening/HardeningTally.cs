using System.Diagnostics;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// The counts of the hardening campaign: every attack run, and the four ways one can fail — a planted piece of
/// personal data found in some output (leak), an exception the library does not document for that call
/// (undocumented), an attack that took longer than <see cref="HangLimit"/> (hang), and a value the model accepted
/// that did not come back equal through the contract (lost round trip). The first failure of each kind is kept.
/// </summary>
internal sealed class HardeningTally
{
    /// <summary>Far above any attack's real time, so only a hang (or a quadratic blow-up) trips it.</summary>
    internal static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private readonly List<string> failures = [];

    internal int Attacks { get; private set; }

    internal int Leaks { get; private set; }

    internal int Undocumented { get; private set; }

    internal int Hangs { get; private set; }

    internal int LostRoundTrips { get; private set; }

    internal IReadOnlyList<string> Failures => failures;

    internal string Summary =>
        $"hardening: {Attacks} attacks, {Leaks} leaks, {Undocumented} undocumented exceptions, {Hangs} hangs, {LostRoundTrips} lost round trips";

    /// <summary>Runs one attack: <paramref name="attack"/> returns the texts it produced (messages, renderings); any exception it lets out is undocumented.</summary>
    internal void Run(string name, Func<IEnumerable<string>> attack, params string[] secrets)
    {
        Attacks++;
        var watch = Stopwatch.StartNew();
        List<string> texts;
        try
        {
            texts = [.. attack()];
        }
#pragma warning disable CA1031 // the campaign counts whatever escapes
        catch (Exception e)
#pragma warning restore CA1031
        {
            Undocumented++;
            Note($"undocumented exception in '{name}': {e}");
            return;
        }
        if (watch.Elapsed > HangLimit)
        {
            Hangs++;
            Note($"'{name}' took {watch.Elapsed.TotalSeconds:F1} s");
        }
        foreach (string secret in secrets)
        {
            foreach (string text in texts)
            {
                if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
                {
                    Leaks++;
                    Note($"leak in '{name}': '{secret}' found in: {text}");
                    return;
                }
            }
        }
    }

    /// <summary>Runs an attack whose only allowed outcome besides success is <typeparamref name="TDocumented"/>; returns its texts.</summary>
    internal void Expect<TDocumented>(string name, Func<IEnumerable<string>> attack, params string[] secrets)
        where TDocumented : Exception =>
        Run(name, () =>
        {
            try
            {
                return attack();
            }
            catch (TDocumented e)
            {
                return [e.ToString(), e.Message];
            }
        }, secrets);

    /// <summary>Counts a lost round trip when <paramref name="equal"/> is false.</summary>
    internal void RoundTrip(string name, Func<bool> equal) => Run(name, () =>
    {
        if (!equal())
        {
            LostRoundTrips++;
            Note($"lost round trip: {name}");
        }
        return [];
    });

    /// <summary>A check inside an attack that failed in a documented way but not the one promised (a wrong kind, a missing "unset").</summary>
    internal void Wrong(string name, string what)
    {
        Undocumented++;
        Note($"'{name}': {what}");
    }

    private void Note(string failure)
    {
        if (failures.Count < 20)
        {
            failures.Add(failure);
        }
    }
}
