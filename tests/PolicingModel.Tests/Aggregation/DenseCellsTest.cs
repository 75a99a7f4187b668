using CsCheck;
using PolicingModel.Aggregation;
using PolicingModel.Tests.Generators;

namespace PolicingModel.Tests.Aggregation;

/// <summary>
/// The dense cell store sums cash as whole pence where it can, and as decimal otherwise; whichever route an amount takes, a
/// cell's cash must be the plain decimal sum, to the same scale.
/// </summary>
public sealed class DenseCellsTest
{
    // Amounts of every shape: zeros of several scales (and negative zero), pounds, pence, tenths, fractions of a penny,
    // and mantissas either side of the 2^40 limit of the pence route. At most Money.MaxAmount (10^12) with at most 5
    // places, as the accumulator accepts, so that sums of a few thousand stay well inside decimal's 28 digits and the
    // plain sum is exact.
    private static readonly Gen<decimal> AnyAmount = Gen.Select(Gen.Int[0, 11], Gen.Long[0, long.MaxValue], (kind, bits) => unchecked(kind switch
    {
        0 => 0m,
        1 => 0.00m,
        2 => new decimal(0, 0, 0, isNegative: true, scale: 2),
        3 => bits % 5_000_000,
        4 => (bits % 5_000_000) / 100m,
        5 => (bits % 5_000_000) / 10m,
        6 => new decimal((int)(bits % 100_000_000), 0, 0, isNegative: false, scale: 3),
        7 => new decimal((int)(bits % 100_000_000), 0, 0, isNegative: false, scale: 5),
        8 => new decimal((int)(uint)bits, (int)((bits >> 32) & 0xFF), 0, isNegative: false, scale: 1),
        9 => new decimal((int)(uint)bits, (int)((bits >> 32) & 0x3FF), 0, isNegative: false, scale: 2),
        10 => ((1L << 40) + 1 - (bits % 3)) / 100m,
        _ => (bits % 100_000_000_000_000L) / 100m,
    }));

    [Fact]
    public void Cash_is_the_plain_decimal_sum_to_the_same_scale_whatever_route_each_amount_takes()
    {
        Gen.Select(ArrestGenerators.Arrest.Array[1, 400], AnyAmount.Array[400], Gen.Int[1, 4])
            .Sample((arrests, amounts, degree) =>
            {
                decimal[] cash = amounts[..arrests.Length];
                var sequential = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
                sequential.AddRange(arrests, cash);
                var oneByOne = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
                for (int i = 0; i < arrests.Length; i++)
                {
                    oneByOne.Add(arrests[i], cash[i]);
                }
                var parallel = new ArrestBreakdownAccumulator(ArrestDimension.Sex);
                parallel.AddRangeParallel(arrests, cash, degree);

                foreach (IGrouping<Sex, int> group in Enumerable.Range(0, arrests.Length).GroupBy(i => arrests[i].Person.Sex))
                {
                    decimal expected = group.Select(i => cash[i]).Where(amount => amount != 0m).Aggregate(0m, (sum, amount) => sum + amount);
                    ArrestBreakdownKey key = ArrestBreakdownKey.Total.WithSex(group.Key);
                    foreach (ArrestBreakdownAccumulator accumulator in new[] { sequential, oneByOne, parallel })
                    {
                        decimal actual = accumulator.ToBreakdown()[key].CashGbp;
                        actual.Should().Be(expected);
                        decimal.GetBits(actual).Should().Equal(decimal.GetBits(expected), "the scale is kept too ({0} vs {1})", actual, expected);
                    }
                }
            }, iter: 200);
    }

    [Fact]
    public void Whole_pounds_stay_whole_and_pence_add_their_scale()
    {
        var grid = new DenseCells(1);
        grid.Add(0, 1, 20_000m);
        grid.Add(0, 1, 0.00m);
        grid.CashAt(0).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("20000");
        grid.Add(0, 1, 0.5m);
        grid.CashAt(0).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("20000.5");
        grid.Add(0, 1, 0.25m);
        grid.CashAt(0).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("20000.75");
        grid.CountAt(0).Should().Be(4);
    }

    [Fact]
    public void Pence_that_would_overflow_move_to_the_decimal_sum()
    {
        // Each amount is just under the pence route's limit (2^40 pounds is 2^40 * 100 pence): about 84,000 of them
        // overflow a 64-bit count of pence.
        decimal amount = (1L << 40) - 1;
        int[] indexes = new int[100_000];
        decimal[] amounts = Enumerable.Repeat(amount, indexes.Length).ToArray();
        var grid = new DenseCells(1);
        foreach (decimal each in amounts)
        {
            grid.AddCash(0, each);
        }
        grid.CashAt(0).Should().Be(amount * indexes.Length);

        var merged = new DenseCells(1);
        merged.Merge(grid);
        merged.Merge(grid);
        merged.CashAt(0).Should().Be(amount * indexes.Length * 2);
    }

    [Fact]
    public void Amounts_on_the_decimal_route_are_cleared_and_merged_like_the_rest()
    {
        var grid = new DenseCells(2);
        grid.Add(0, 1, 0.125m);
        grid.Add(1, 1, 2.50m);
        var merged = new DenseCells(2);
        merged.Add(0, 1, 1m);
        merged.Merge(grid);
        merged.CashAt(0).Should().Be(1.125m);
        merged.CashAt(1).Should().Be(2.50m);

        grid.Clear();
        grid.CashAt(0).Should().Be(0m);
        grid.Add(0, 1, 3m);
        grid.CashAt(0).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("3");
    }

    [Fact]
    public void Listing_the_amounts_finds_every_non_zero_one_and_stops_at_a_negative_one()
    {
        int[] positions = new int[6];
        DecimalBits.ListNonZero([0m, 1.50m, 0.00m, 2m, new decimal(0, 0, 0, isNegative: true, scale: 2), 3m], positions).Should().Be(3);
        positions[..3].Should().Equal(1, 3, 5);
        DecimalBits.ListNonZero([1.50m, 0m, -0.01m, 3m], positions).Should().Be(-1 - 2, "the amount at position 2 is negative");
    }

    [Fact]
    public void Zero_is_zero_whatever_its_sign_and_scale()
    {
        DecimalBits.IsZero(0m).Should().BeTrue();
        DecimalBits.IsZero(0.000m).Should().BeTrue();
        DecimalBits.IsZero(new decimal(0, 0, 0, isNegative: true, scale: 7)).Should().BeTrue();
        DecimalBits.IsZero(0.01m).Should().BeFalse();
        DecimalBits.IsZero(new decimal(0, 0, 1, isNegative: false, scale: 0)).Should().BeFalse();
        DecimalBits.IsZero(decimal.MinValue).Should().BeFalse();
    }
}
