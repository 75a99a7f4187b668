using NodaTime;
using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class NottingHillCarnivalTest
{
    [Theory]
    [InlineData(2020, 8, 30, 31)]
    [InlineData(2023, 8, 27, 28)]
    [InlineData(2024, 8, 25, 26)]
    [InlineData(2025, 8, 24, 25)]
    [InlineData(2026, 8, 30, 31)]
    [InlineData(2027, 8, 29, 30)]
    public void Dates_are_the_august_bank_holiday_sunday_and_monday(int year, int month, int sunday, int monday)
    {
        DateInterval dates = NottingHillCarnival.DatesIn(year);
        dates.Start.Should().Be(new LocalDate(year, month, sunday));
        dates.End.Should().Be(new LocalDate(year, month, monday));
        dates.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        dates.End.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        dates.End.PlusWeeks(1).Month.Should().Be(9, "it is the last Monday of August");
        dates.Length.Should().Be(2);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    public void The_event_has_a_stable_id_place_and_two_sessions(int year)
    {
        PublicEvent carnival = NottingHillCarnival.For(year);
        DateInterval dates = NottingHillCarnival.DatesIn(year);

        carnival.Id.Should().Be(new PublicEventId($"notting-hill-carnival-{year}"));
        carnival.Name.Should().Be("Notting Hill Carnival");
        carnival.Location.Should().Be(Place.InLondon("Notting Hill", LondonBorough.KensingtonAndChelsea));
        carnival.Location.Force.Should().Be(PoliceForce.Metropolitan);
        carnival.FirstDay.Should().Be(dates.Start);
        carnival.Sessions.Should().HaveCount(2);
        EnglandAndWales.LocalAt(carnival.Sessions[0].Start).Should().Be(dates.Start.At(new LocalTime(10, 0)));
        EnglandAndWales.LocalAt(carnival.Sessions[0].End).Should().Be(dates.Start.At(new LocalTime(20, 0)));
        EnglandAndWales.LocalAt(carnival.Sessions[1].Start).Should().Be(dates.End.At(new LocalTime(10, 0)));
        EnglandAndWales.LocalAt(carnival.Sessions[1].End).Should().Be(dates.End.At(new LocalTime(20, 0)));
    }

    [Fact]
    public void Sessions_are_in_british_summer_time()
    {
        PublicEvent carnival = NottingHillCarnival.For(2023);
        carnival.Sessions[0].Start.Should().Be(Instant.FromUtc(2023, 8, 27, 9, 0));
        carnival.Sessions[1].End.Should().Be(Instant.FromUtc(2023, 8, 28, 19, 0));
        carnival.IsOnAt(Instant.FromUtc(2023, 8, 28, 12, 0)).Should().BeTrue();
        carnival.IsOnAt(Instant.FromUtc(2023, 8, 27, 22, 0)).Should().BeFalse("overnight is between sessions");
        carnival.IsOnAt(Instant.FromUtc(2023, 8, 29, 12, 0)).Should().BeFalse();
    }

    [Fact]
    public void Equal_years_give_equal_events()
    {
        NottingHillCarnival.For(2024).Should().Be(NottingHillCarnival.For(2024));
        NottingHillCarnival.For(2024).Should().NotBe(NottingHillCarnival.For(2025));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Years_out_of_range_throw(int year)
    {
        Action act = () => NottingHillCarnival.DatesIn(year);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }
}
