using PolicingModel.Reporting;

namespace PolicingModel.Tests.Reporting;

public sealed class PlaceNamesTest
{
    [Theory]
    [InlineData(LondonBorough.Lambeth, "Lambeth")]
    [InlineData(LondonBorough.KensingtonAndChelsea, "Kensington and Chelsea")]
    [InlineData(LondonBorough.KingstonUponThames, "Kingston upon Thames")]
    [InlineData(LondonBorough.BarkingAndDagenham, "Barking and Dagenham")]
    [InlineData(LondonBorough.CityOfLondon, "the City of London")]
    [InlineData(LondonBorough.TowerHamlets, "Tower Hamlets")]
    public void Borough_names(LondonBorough borough, string expected)
    {
        PlaceNames.Borough(borough).Should().Be(expected);
    }

    [Fact]
    public void Every_borough_has_a_name()
    {
        foreach (LondonBorough borough in Enum.GetValues<LondonBorough>())
        {
            PlaceNames.Borough(borough).Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void A_London_locality_is_named_alone()
    {
        PlaceNames.Area(Place.InLondon("South Norwood", LondonBorough.Croydon)).Should().Be("South Norwood");
    }

    [Fact]
    public void A_locality_outside_London_carries_its_force_area()
    {
        PlaceNames.Area(Place.InLocality("Chatham", PoliceForce.Kent)).Should().Be("Chatham, Kent");
        PlaceNames.Area(Place.InLocality("Bath", PoliceForce.AvonAndSomerset)).Should().Be("Bath, Avon and Somerset");
    }

    [Fact]
    public void A_borough_and_a_force_area()
    {
        PlaceNames.Area(Place.InBorough(LondonBorough.Croydon)).Should().Be("Croydon");
        PlaceNames.Area(Place.InForceArea(PoliceForce.DyfedPowys)).Should().Be("Dyfed-Powys");
        PlaceNames.Area(Place.InForceArea(PoliceForce.GreaterManchester)).Should().Be("Greater Manchester");
    }

    [Fact]
    public void An_address_is_never_printed()
    {
        var address = new PostalAddress(["1 Secret Street", "London"], "SE25 1AA");
        string? text = PlaceNames.Area(Place.AtAddress(address, PoliceForce.Metropolitan, "South Norwood", LondonBorough.Croydon));
        text.Should().Be("South Norwood");
        PlaceNames.Area(Place.AtAddress(address, PoliceForce.Metropolitan, borough: LondonBorough.Croydon)).Should().Be("Croydon");
    }
}
