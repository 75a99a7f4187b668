using CsCheck;
using PolicingModel.Equality;

namespace PolicingModel.Tests.Equality;

/// <summary>
/// Fisher's exact test against the tea-tasting experiment, exact rational arithmetic (ReferenceValues.md, "Fisher's
/// exact test": fisher() sums math.comb products as fractions; fisher_logspace() uses mpmath log-gamma at 50 digits
/// for margins in the millions) and a big-integer brute force written in the test.
/// </summary>
public sealed class FisherExactTestTest
{
    [Fact]
    public void The_lady_tasting_tea()
    {
        // Fisher (1935), The Design of Experiments, ch. II; Agresti (2002) §3.5.1: 3 of 4 milk-first cups identified.
        // P = 0.243 one-sided, 0.486 two-sided.
        FisherExactResult result = FisherExactTest.Of(3, 1, 1, 3);
        result.PValue.Places(4).Should().Be(0.4857);
        result.PValueGreater.Places(4).Should().Be(0.2429);
        result.Status.Should().Be(TableStatus.Ok);
        // fisher(3, 1, 1, 3) = (17/35, 69/70, 17/70, 8/35)
        result.PValue.ShouldBeCloseTo(17.0 / 35.0, 1e-13);
        result.PValueLess.ShouldBeCloseTo(69.0 / 70.0, 1e-13);
        result.PValueGreater.ShouldBeCloseTo(17.0 / 70.0, 1e-13);
        result.TableProbability.ShouldBeCloseTo(8.0 / 35.0, 1e-13);
    }

    [Theory]
    // fisher(a, b, c, d) in exact fractions: two-sided, less, greater, probability of the table
    [InlineData(1, 9, 11, 3, 0.00275945618522008, 0.00137972809261004, 0.999966348095302, 0.00134607618791224)]
    [InlineData(10, 2, 3, 15, 0.000536724119143436, 0.999984519018686, 0.000465180943362905, 0.000449699962049051)]
    [InlineData(0, 5, 5, 0, 0.00793650793650794, 0.00396825396825397, 1.0, 0.00396825396825397)]
    [InlineData(2, 7, 8, 2, 0.0230141375652212, 0.0185217259520665, 0.999014916971573, 0.0175366429236398)]
    [InlineData(21, 2, 15, 3, 0.638425776423209, 0.894651440222685, 0.380833682502489, 0.275485122725174)]
    [InlineData(120, 9880, 160, 9840, 0.0187599977543159, 0.00937999887715794, 0.993267203124671, 0.00264720200182907)]
    [InlineData(1200, 98800, 1350, 98650, 0.00297439074056233, 0.00148719537028116, 0.99869490477773, 0.000182100148011152)]
    // fisher_logspace(): margins of five million
    [InlineData(50_000, 4_950_000, 50_600, 4_949_400, 0.057679903133865, 0.0288399515669325, 0.971574882362344, 0.000414833929276756)]
    public void Matches_exact_arithmetic(long a, long b, long c, long d, double two, double less, double greater, double probability)
    {
        FisherExactResult result = FisherExactTest.Of(a, b, c, d);
        result.PValue.ShouldBeCloseTo(two, 1e-10);
        result.PValueLess.ShouldBeCloseTo(less, 1e-10);
        result.PValueGreater.ShouldBeCloseTo(greater, 1e-10);
        result.TableProbability.ShouldBeCloseTo(probability, 1e-10);
        FisherExactTest.Compare(new BinomialCount(a, a + b), new BinomialCount(c, c + d)).Should().Be(result);
    }

    private static readonly Gen<(long A, long B, long C, long D)> SmallTables =
        Gen.Select(Gen.Long[0, 25], Gen.Long[0, 25], Gen.Long[0, 25], Gen.Long[0, 25]);

    [Fact]
    public void Matches_a_big_integer_brute_force_on_small_tables()
    {
        SmallTables.Sample(t =>
        {
            (double two, double less, double greater) = ExactTables.Fisher(t.A, t.B, t.C, t.D);
            FisherExactResult result = FisherExactTest.Of(t.A, t.B, t.C, t.D);
            result.PValue.ShouldBeCloseTo(two, 1e-11, t.ToString());
            result.PValueLess.ShouldBeCloseTo(less, 1e-11, t.ToString());
            result.PValueGreater.ShouldBeCloseTo(greater, 1e-11, t.ToString());
        }, iter: 400);
    }

    [Fact]
    public void P_values_lie_in_the_unit_interval_and_are_symmetric_under_swapping_rows_columns_and_transposing()
    {
        Gen.Select(Gen.Long[0, 3_000], Gen.Long[0, 3_000], Gen.Long[0, 3_000], Gen.Long[0, 3_000]).Sample((a, b, c, d) =>
        {
            FisherExactResult result = FisherExactTest.Of(a, b, c, d);
            foreach (double p in new[] { result.PValue, result.PValueLess, result.PValueGreater, result.TableProbability })
            {
                p.Should().BeGreaterThan(0.0).And.BeLessThanOrEqualTo(1.0);
            }
            FisherExactResult rows = FisherExactTest.Of(c, d, a, b);
            FisherExactResult columns = FisherExactTest.Of(b, a, d, c);
            FisherExactResult transposed = FisherExactTest.Of(a, c, b, d);
            rows.PValue.ShouldBeCloseTo(result.PValue, 1e-9);
            columns.PValue.ShouldBeCloseTo(result.PValue, 1e-9);
            transposed.PValue.ShouldBeCloseTo(result.PValue, 1e-9);
            rows.PValueLess.ShouldBeCloseTo(result.PValueGreater, 1e-9);
            transposed.PValueLess.ShouldBeCloseTo(result.PValueLess, 1e-9);
            // P(X ≤ a) + P(X ≥ a) = 1 + P(X = a).
            (result.PValueLess + result.PValueGreater).ShouldBeCloseTo(1.0 + result.TableProbability, 1e-9);
        }, iter: 300);
    }

    [Fact]
    public void An_extreme_table_has_the_smallest_positive_p_value_not_zero()
    {
        // Expected 2,500 in the first cell, observed 0: the true p-value is far below double range.
        FisherExactResult result = FisherExactTest.Of(0, 10_000_000, 5_000, 9_995_000);
        result.PValue.Should().Be(double.Epsilon);
        result.PValueLess.Should().Be(double.Epsilon);
        result.PValueGreater.Should().Be(1.0);
        FisherExactResult other = FisherExactTest.Of(5_000, 9_995_000, 0, 10_000_000);
        other.PValue.Should().Be(double.Epsilon);
        other.PValueGreater.Should().Be(double.Epsilon);
        other.PValueLess.Should().Be(1.0);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 5, 0, 3)]
    [InlineData(5, 0, 3, 0)]
    [InlineData(0, 0, 4, 6)]
    [InlineData(7, 2, 0, 0)]
    public void A_zero_margin_leaves_a_single_table(long a, long b, long c, long d)
    {
        FisherExactResult result = FisherExactTest.Of(a, b, c, d);
        result.Status.Should().Be(TableStatus.SingleTable);
        result.PValue.Should().Be(1.0);
        result.PValueLess.Should().Be(1.0);
        result.PValueGreater.Should().Be(1.0);
    }

    [Fact]
    public void Invalid_counts_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => FisherExactTest.Of(-1, 1, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("a");
        FluentActions.Invoking(() => FisherExactTest.Of(1, 1, 1, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("d");
        FluentActions.Invoking(() => FisherExactTest.Of(1L << 52, 1L << 52, 1L << 52, 1)).Should().Throw<ArgumentException>().WithParameterName("d");
    }

    [Fact]
    public void Text_is_culture_invariant()
    {
        FisherExactTest.Of(3, 1, 1, 3).ToString().Should().Be(
            "FisherExactResult { Table = [[3, 1], [1, 3]], PValue = 0.4857, PValueLess = 0.9857, PValueGreater = 0.2429, Status = Ok }");
    }
}
