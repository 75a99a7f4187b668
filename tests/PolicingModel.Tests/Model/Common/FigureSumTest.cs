using CsCheck;

namespace PolicingModel.Tests.Model;

/// <summary>
/// Sums of hedged figures add intervals: whatever the true values behind two reported figures, their true sum is
/// within what the sum says, and a sum is never stated more exactly than its parts allow.
/// </summary>
public sealed class FigureSumTest
{
    [Theory]
    [InlineData("exact 3", "exact 4", "exact 7")]
    [InlineData("exact 3", "at-least 4", "at-least 7")]
    [InlineData("at-least 3", "more-than 4", "more-than 7")]
    [InlineData("more-than 30", "approximate 5", "more-than 35")]
    [InlineData("estimated 20", "estimated 5", "estimated 25")]
    [InlineData("estimated 20", "approximate 5", "approximate 25")]
    [InlineData("up-to 60", "exact 5", "range 5 65")]
    [InlineData("up-to 60", "up-to 5", "up-to 65")]
    [InlineData("fewer-than 10", "fewer-than 5", "fewer-than 15")]
    [InlineData("up-to 60", "at-least 5", "at-least 5")]
    [InlineData("range 10 15", "range 1 2", "range 11 17")]
    [InlineData("unquantified", "exact 4", "at-least 4")]
    [InlineData("unquantified", "unquantified", "unquantified")]
    [InlineData("unquantified", "up-to 3", "unquantified")]
    public void Worked_sums(string left, string right, string expected)
    {
        Count(left).Add(Count(right)).Should().Be(Count(expected));
        Count(right).Add(Count(left)).Should().Be(Count(expected));
    }

    [Fact]
    public void An_exact_zero_adds_nothing_and_keeps_the_words()
    {
        ReportedCount vague = ReportedCount.Unquantified("a number of");
        ReportedCount.Exactly(0).Add(vague).Should().Be(vague);
        vague.Add(ReportedCount.Exactly(0)).Should().Be(vague);
        vague.Add(ReportedCount.Exactly(2)).Wording.Should().BeNull("the words described one figure, not the sum");
    }

    [Fact]
    public void The_true_sum_is_always_within_what_the_sum_says()
    {
        Gen<(ReportedCount Figure, int Truth)> figure =
            from kind in Gen.Int[0, 8]
            from value in Gen.Int[0, 1000]
            from width in Gen.Int[1, 1000]
            from pick in Gen.Double[0, 1]
            select Figure(kind, value, width, pick);
        Gen.Select(figure, figure).Sample(pair =>
        {
            ReportedCount sum = pair.Item1.Figure.Add(pair.Item2.Figure);
            int truth = pair.Item1.Truth + pair.Item2.Truth;
            bool approximate = pair.Item1.Figure.Precision.IsApproximate() || pair.Item2.Figure.Precision.IsApproximate();
            Allows(sum, truth, approximate).Should().BeTrue($"{pair.Item1.Figure} + {pair.Item2.Figure} = {sum} must allow {truth}");
            if (pair.Item1.Figure.Precision != Precision.Exact || pair.Item2.Figure.Precision != Precision.Exact)
            {
                sum.Precision.Should().NotBe(Precision.Exact, "nothing vague is summed into an exact figure");
            }
        }, iter: 20_000);
    }

    // A figure of the given form and a true value it allows (approximate figures are taken at their value).
    private static (ReportedCount, int) Figure(int kind, int value, int width, double pick) => kind switch
    {
        0 => (ReportedCount.Exactly(value), value),
        1 => (ReportedCount.Around(value), value),
        2 => (new ReportedCount(value, Precision.Estimated), value),
        3 => (ReportedCount.AtLeast(value), value + (int)(pick * width)),
        4 => (ReportedCount.MoreThan(value), value + 1 + (int)(pick * width)),
        // Bounds above zero: "up to 0" is an exact zero, and sums with it rightly exact.
        5 => (ReportedCount.UpTo(value + 1), (int)(pick * (value + 1))),
        6 => (ReportedCount.FewerThan(value + 2), (int)(pick * (value + 1))),
        7 => (ReportedCount.Between(value, value + width), value + (int)(pick * width)),
        _ => (ReportedCount.Unquantified("some"), (int)(pick * width)),
    };

    private static bool Allows(ReportedCount sum, int truth, bool approximate) => sum.Precision switch
    {
        Precision.Exact => truth == sum.Value,
        Precision.Approximate or Precision.Estimated => approximate && truth == sum.Value,
        Precision.AtLeast => truth >= sum.Value,
        Precision.MoreThan => truth > sum.Value,
        Precision.UpTo => truth <= sum.Value,
        Precision.FewerThan => truth < sum.Value,
        Precision.Range => truth >= sum.Value && truth <= sum.Upper,
        _ => truth >= 0,
    };

    private static ReportedCount Count(string text)
    {
        string[] parts = text.Split(' ');
        Precision precision = parts[0] switch
        {
            "exact" => Precision.Exact,
            "approximate" => Precision.Approximate,
            "estimated" => Precision.Estimated,
            "at-least" => Precision.AtLeast,
            "more-than" => Precision.MoreThan,
            "up-to" => Precision.UpTo,
            "fewer-than" => Precision.FewerThan,
            "range" => Precision.Range,
            _ => Precision.Unquantified,
        };
        return precision == Precision.Unquantified
            ? new ReportedCount(0, Precision.Unquantified)
            : new ReportedCount(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), precision, parts.Length > 2 ? int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
