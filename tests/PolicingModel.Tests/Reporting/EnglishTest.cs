using PolicingModel.Reporting;

namespace PolicingModel.Tests.Reporting;

public sealed class EnglishTest
{
    [Theory]
    [InlineData("18-year-old man", "an")]
    [InlineData("11-year-old boy", "an")]
    [InlineData("8-year-old", "an")]
    [InlineData("80-year-old", "an")]
    [InlineData("1-year-old", "a")]
    [InlineData("26-year-old man", "a")]
    [InlineData("21-year-old woman", "a")]
    [InlineData("110-year-old", "a")]
    [InlineData("1800-year-old", "a")]
    [InlineData("11000", "an")]
    [InlineData("adult", "an")]
    [InlineData("juvenile", "a")]
    [InlineData("imitation firearm", "an")]
    [InlineData("knife", "a")]
    [InlineData("offensive weapon", "an")]
    [InlineData("e-scooter", "an")]
    [InlineData("unit", "a")]
    [InlineData("hour", "an")]
    [InlineData("MDMA seizure", "an")]
    [InlineData("NRM referral", "an")]
    [InlineData("UK force", "a")]
    [InlineData("SIM card", "a")]
    [InlineData("LSD seizure", "an")]
    public void Article_follows_the_sound(string following, string expected)
    {
        English.ArticleFor(following).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(7, "seven")]
    [InlineData(10, "ten")]
    [InlineData(11, "11")]
    [InlineData(55, "55")]
    [InlineData(1200, "1,200")]
    public void Small_numbers_are_words_and_large_ones_digits(int value, string expected)
    {
        English.Number(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(7, Precision.Exact, "seven")]
    [InlineData(20, Precision.Approximate, "around 20")]
    [InlineData(200, Precision.Estimated, "an estimated 200")]
    [InlineData(30, Precision.MoreThan, "more than 30")]
    [InlineData(5, Precision.AtLeast, "at least five")]
    [InlineData(1, Precision.AtLeast, "some")]
    public void Counts_keep_their_hedge(int value, Precision precision, string expected)
    {
        English.Count(new ReportedCount(value, precision)).Should().Be(expected);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A and B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B and C")]
    [InlineData(new[] { "A", "B", "C", "D" }, "A, B, C and D")]
    public void Lists_join_with_and_and_no_Oxford_comma(string[] items, string expected)
    {
        English.JoinWithAnd(items).Should().Be(expected);
    }

    [Theory]
    [InlineData("20000", "GBP", Precision.Approximate, "around £20,000")]
    [InlineData("14500.5", "GBP", Precision.Exact, "£14,500.50")]
    [InlineData("14000", "GBP", Precision.MoreThan, "over £14,000")]
    [InlineData("5000", "GBP", Precision.AtLeast, "at least £5,000")]
    [InlineData("1000000", "GBP", Precision.Estimated, "an estimated £1,000,000")]
    [InlineData("300", "EUR", Precision.Exact, "€300")]
    [InlineData("1000", "CHF", Precision.Exact, "CHF 1,000")]
    [InlineData("20000.00", "GBP", Precision.Exact, "£20,000")]
    public void Money_reads_as_a_press_office_writes_it(string amount, string currency, Precision precision, string expected)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), new Currency(currency), precision);
        English.HedgedMoney(money).Should().Be(expected);
    }

    [Theory]
    [InlineData("2", QuantityUnit.Kilograms, Precision.Approximate, "around 2 kg")]
    [InlineData("2.5", QuantityUnit.Grams, Precision.Exact, "2.5 g")]
    [InlineData("34", QuantityUnit.Wraps, Precision.Exact, "34 wraps")]
    [InlineData("1", QuantityUnit.Plants, Precision.Exact, "1 plant")]
    [InlineData("1500", QuantityUnit.Millilitres, Precision.MoreThan, "over 1,500 ml")]
    public void Quantities_keep_their_unit_and_hedge(string value, QuantityUnit unit, Precision precision, string expected)
    {
        English.Quantity(new Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, precision)).Should().Be(expected);
    }

    [Fact]
    public void Capitalising_is_culture_invariant()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            English.Capitalise("imitation firearm").Should().Be("Imitation firearm");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
