using System.Text;
using PolicingModel.Serialization;

namespace PolicingModel.Tests.Hardening;

/// <summary>The streaming readers check the caller's token themselves, before every element and every read.</summary>
[Trait("Category", "Hardening")]
public sealed class StreamingCancellationTest
{
    private static readonly byte[] Arrest = PolicingJson.Write(Examples.Arrest());

    private static MemoryStream ThousandArrests(bool lines) => new(
        lines
            ? [.. Enumerable.Repeat(Arrest, 1_000).SelectMany(a => a.Append((byte)'\n'))]
            : Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(Encoding.UTF8.GetString(Arrest), 1_000)) + "]"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cancelled_token_returns_no_element(bool lines)
    {
        using var stream = ThousandArrests(lines);
        IAsyncEnumerable<Arrest> items = lines
            ? PolicingJson.ReadJsonLinesAsync<Arrest>(stream, cancellationToken: new CancellationToken(canceled: true))
            : PolicingJson.ReadArrayAsync<Arrest>(stream, cancellationToken: new CancellationToken(canceled: true));
        int read = 0;
        Func<Task> enumerate = async () =>
        {
            await foreach (Arrest _ in items)
            {
                read++;
            }
        };
        await enumerate.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(0);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 250)]
    [InlineData(true, 1)]
    [InlineData(true, 250)]
    public async Task Cancelling_during_a_read_stops_it_within_one_element(bool lines, int after)
    {
        using var stream = ThousandArrests(lines);
        using var cancel = new CancellationTokenSource();
        IAsyncEnumerable<Arrest> items = lines
            ? PolicingJson.ReadJsonLinesAsync<Arrest>(stream, cancellationToken: cancel.Token)
            : PolicingJson.ReadArrayAsync<Arrest>(stream, cancellationToken: cancel.Token);
        int read = 0;
        Func<Task> enumerate = async () =>
        {
            await foreach (Arrest _ in items)
            {
                if (++read == after)
                {
                    await cancel.CancelAsync();
                }
            }
        };
        await enumerate.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(after, "no element is returned once the token is cancelled");
    }
}
