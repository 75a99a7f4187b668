using System.Diagnostics;

namespace PolicingModel.Tests.Hardening;

/// <summary>
/// The hardening campaign: every class of attack in <c>Hardening/</c>, run in one sitting, with one line of counts
/// (written to the test output and to <c>hardening-summary.txt</c> beside the test binaries, which <c>.ci/run</c>
/// prints): attacks, leaks of planted personal data, undocumented exceptions, hangs and lost round trips. Every
/// count but the first must be zero. A watchdog fails the test if the campaign makes no progress (a hang).
/// </summary>
[Trait("Category", "Hardening")]
public sealed class HardeningCampaignTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("policingmodel-hardening-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public async Task Nothing_leaks_nothing_is_lost_nothing_throws_what_it_did_not_promise()
    {
        var tally = new HardeningTally();
        (int Revision, int Union) differencingWithout = default;
        CancellationToken cancel = TestContext.Current.CancellationToken;
        Action[] classes =
        [
            () => PersonalDataAttacks.Run(tally),
            () => ArithmeticAttacks.Run(tally, scratch),
            () => AtomicityAttacks.Run(tally),
            () => ModelRangeAttacks.Run(tally),
            () => CodeListAndDefaultAttacks.Run(tally),
            () => StreamingAttacks.Run(tally),
            () => KindAttacks.Run(tally),
            () => differencingWithout = DifferencingAttacks.Run(tally),
        ];
        Task campaign = Task.Run(() => Array.ForEach(classes, run => run()), cancel);
        int lastSeen = -1;
        var stuck = Stopwatch.StartNew();
        while (await Task.WhenAny(campaign, Task.Delay(200, cancel)) != campaign)
        {
            int done = tally.Attacks;
            if (done != lastSeen)
            {
                lastSeen = done;
                stuck.Restart();
            }
            else if (stuck.Elapsed > HardeningTally.HangLimit * 3)
            {
                Assert.Fail($"The campaign made no progress for {stuck.Elapsed.TotalSeconds:F0} s after {done} attacks (a hang).");
            }
        }
        await campaign;

        string summary = tally.Summary;
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        // dotnet test shows a passing test's output nowhere, so the counts also go beside the test binaries for CI to print.
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "hardening-summary.txt"), summary + "\n");
        string failures = string.Join("\n", tally.Failures);
        tally.Leaks.Should().Be(0, failures);
        tally.Undocumented.Should().Be(0, failures);
        tally.Hangs.Should().Be(0, failures);
        tally.LostRoundTrips.Should().Be(0, failures);
        tally.Attacks.Should().BeGreaterThan(500, "the campaign covers every class with many inputs");
        differencingWithout.Revision.Should().BeGreaterThan(0, "without a ledger, differencing a table and its revision recovers small counts (the control)");
        differencingWithout.Union.Should().BeGreaterThan(0, "without a ledger, differencing two tables and their union recovers small counts (the control)");
        TestContext.Current.TestOutputHelper?.WriteLine($"without a ledger: {differencingWithout.Revision} counts recovered from revisions, {differencingWithout.Union} from unions");
        PersonalDataAttacks.Control().Should().BeGreaterThan(2, "the search finds a marker where messages may quote it (outside identifiers)");
    }
}
