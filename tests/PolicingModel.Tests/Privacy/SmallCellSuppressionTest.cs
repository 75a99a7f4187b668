using CsCheck;
using PolicingModel.Privacy;

namespace PolicingModel.Tests.Privacy;

public sealed class SmallCellSuppressionTest
{
    private static readonly PublicCount F3 = PublicCount.FewerThan(3);
    private static readonly PublicCount Withheld = PublicCount.Withheld;

    private static PublicCount S(int value) => PublicCount.Shown(value);

    [Fact]
    public void Counts_below_the_default_threshold_of_3_are_fewer_than_3_and_counts_at_it_are_shown()
    {
        SmallCellSuppression.DefaultThreshold.Should().Be(3);
        SmallCellSuppression.Apply([0, 1, 2, 3, 4, 40]).Should().Equal(F3, F3, F3, S(3), S(4), S(40));
    }

    [Fact]
    public void A_custom_threshold_moves_the_line()
    {
        SmallCellSuppression.Apply([0, 4, 5, 9, 40], threshold: 5)
            .Should().Equal(PublicCount.FewerThan(5), PublicCount.FewerThan(5), S(5), S(9), S(40));
        SmallCellSuppression.Apply([0, 0, 1, 2, 30], threshold: 2)
            .Should().Equal(PublicCount.FewerThan(2), PublicCount.FewerThan(2), PublicCount.FewerThan(2), S(2), S(30));
    }

    [Fact]
    public void A_threshold_of_1_suppresses_nothing()
    {
        SmallCellSuppression.Apply([0, 1, 2], threshold: 1).Should().Equal(S(0), S(1), S(2));
    }

    [Fact]
    public void Zero_is_suppressed_like_a_small_count_so_that_fewer_than_N_never_means_at_least_one()
    {
        SmallCellSuppression.Apply([0, 0, 1, 10, 10], threshold: 2)
            .Should().Equal(PublicCount.FewerThan(2), PublicCount.FewerThan(2), PublicCount.FewerThan(2), S(10), S(10));
    }

    [Fact]
    public void A_lone_small_count_is_protected_by_withholding_the_largest_shown_count()
    {
        // Without the withheld 10, the 1 would be 20 - 10 - 9.
        SmallCellSuppression.Apply([10, 9, 1]).Should().Equal(Withheld, S(9), F3);
        // Even a lone zero: whether the rule fires must not depend on the hidden value.
        SmallCellSuppression.Apply([10, 9, 0]).Should().Equal(Withheld, S(9), F3);
    }

    [Fact]
    public void On_a_tie_for_largest_the_first_in_table_order_is_withheld()
    {
        SmallCellSuppression.Apply([1, 7, 7]).Should().Equal(F3, Withheld, S(7));
    }

    [Fact]
    public void Small_counts_at_or_one_below_their_ceiling_are_protected()
    {
        // Two 2s would be pinned by their sum of 4 (each is at most 2).
        SmallCellSuppression.Apply([2, 2, 10]).Should().Equal(F3, F3, Withheld);
        // One below: the rule fires here too, or firing would itself reveal the 2-and-2 case.
        SmallCellSuppression.Apply([2, 1, 10]).Should().Equal(F3, F3, Withheld);
        // Further below the ceiling the small counts are ambiguous already: nothing more is withheld.
        SmallCellSuppression.Apply([1, 1, 10]).Should().Equal(F3, F3, S(10));
        SmallCellSuppression.Apply([2, 0, 10]).Should().Equal(F3, F3, S(10));
    }

    [Fact]
    public void When_every_count_is_small_and_near_its_ceiling_the_first_cell_is_withheld()
    {
        SmallCellSuppression.Apply([2, 2, 2]).Should().Equal(Withheld, F3, F3);
        SmallCellSuppression.Apply([2, 1, 2]).Should().Equal(Withheld, F3, F3);
        SmallCellSuppression.Apply([1, 1, 0]).Should().Equal(F3, F3, F3);
    }

    [Fact]
    public void Invalid_arguments_are_refused_naming_the_parameter()
    {
        FluentActions.Invoking(() => SmallCellSuppression.Apply([1, 2], threshold: 0))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "threshold" && e.Message.Contains("threshold"));
        FluentActions.Invoking(() => SmallCellSuppression.Apply([5]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "counts");
        FluentActions.Invoking(() => SmallCellSuppression.Apply([5, -1]))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "counts");
    }

    public static TheoryData<int, int, int> SmallTables => new(
        from categories in new[] { 2, 3, 4, 5, 6, 7, 9, 11 }
        from threshold in new[] { 2, 3, 4, 5 }
        select (categories, threshold, categories switch { 2 => 24, 3 => 16, 4 => 12, 5 => 10, 6 => 8, 7 => 7, 9 => 6, _ => 5 }));

    /// <summary>
    /// The guarantee, checked exhaustively: for every table of this size with a total up to the bound, every category
    /// whose count is between 1 and N − 1 takes at least two different counts among all tables the rule publishes
    /// identically. The reader knows the total, the published cells and the rule, and still cannot pin it.
    /// </summary>
    [Theory]
    [MemberData(nameof(SmallTables))]
    public void No_small_count_can_be_worked_out_from_the_published_table_and_the_rule(int categories, int threshold, int maxTotal)
    {
        for (int total = 0; total <= maxTotal; total++)
        {
            Dictionary<EquatableArray<PublicCount>, HashSet<int>[]> groups = DisclosureAttack.ConsistentCounts(categories, total, threshold);
            foreach (int[] table in DisclosureAttack.Compositions(total, categories))
            {
                HashSet<int>[] possible = groups[SmallCellSuppression.Apply(table, threshold)];
                for (int i = 0; i < categories; i++)
                {
                    if (table[i] is > 0 && table[i] < threshold)
                    {
                        possible[i].Should().HaveCountGreaterThan(1,
                            "count {0} of [{1}] (total {2}, threshold {3}) must not be pinned", i, string.Join(", ", table), total, threshold);
                    }
                }
            }
        }
    }

    [Fact]
    public void Without_complementary_suppression_the_exact_attacker_does_pin_small_counts()
    {
        // The attacker of the test above is not toothless: primary suppression alone, [10, 9, 1] published as
        // 10, 9, fewer than 3, leaves the 1 as the only count consistent with the total of 20.
        int[] table = [10, 9, 1];
        var primaryOnly = new[] { S(10), S(9), F3 };
        DisclosureAttack.Compositions(20, 3)
            .Where(t => t[0] == 10 && t[1] == 9 && t[2] < 3)
            .Select(t => t[2]).Should().Equal(table[2]);
        DisclosureAttack.Bounds(primaryOnly, 20, 3)[2].Should().Be((1, 1));
    }

    [Fact]
    public void Random_larger_tables_leave_every_small_count_a_range_under_subtraction()
    {
        Gen.Select(Gen.Int[0, 60].Array[2, 12], Gen.Int[1, 6]).Sample((counts, threshold) =>
        {
            EquatableArray<PublicCount> published = SmallCellSuppression.Apply(counts, threshold);
            published.Length.Should().Be(counts.Length);
            published.Count(c => c.Status == PublicCountStatus.Withheld).Should().BeLessThanOrEqualTo(1);
            (int Low, int High)[] bounds = DisclosureAttack.Bounds(published, counts.Sum(), threshold);
            for (int i = 0; i < counts.Length; i++)
            {
                bounds[i].Low.Should().BeLessThanOrEqualTo(counts[i]);
                bounds[i].High.Should().BeGreaterThanOrEqualTo(counts[i]);
                if (counts[i] > 0 && counts[i] < threshold)
                {
                    // "fewer than N", or withheld when every count is small.
                    published[i].IsSuppressed.Should().BeTrue();
                    bounds[i].High.Should().BeGreaterThan(bounds[i].Low, "count {0} of [{1}] must not be pinned", i, string.Join(", ", counts));
                }
                else if (published[i].Status == PublicCountStatus.Shown)
                {
                    published[i].Value.Should().Be(counts[i]);
                }
            }
        }, iter: 2000);
    }
}
