using PolicingModel.Validation;

namespace PolicingModel.Tests.Fixtures;

/// <summary>The county lines press release, written down as data, holds every fact the release states.</summary>
public sealed class CountyLinesWarrantsOperationTest
{
    private static readonly Operation Op = CountyLinesWarrantsOperation.Operation;

    [Fact]
    public void Seven_warrants_executed_at_five_in_the_morning_london_time()
    {
        Op.Warrants.Should().HaveCount(7);
        Op.Warrants.Should().OnlyContain(w => w.Execution != null
            && EnglandAndWales.LocalAt(w.Execution.At) == new LocalDateTime(2020, 10, 29, 5, 0));
    }

    [Fact]
    public void Seven_arrests_all_remaining_in_custody()
    {
        Op.Arrests.Should().HaveCount(7);
        Op.Arrests.Should().OnlyContain(a => a.Outcome is RemainsInCustody);
        Op.Arrests.Select(a => a.Person.Age.Years).Should().Equal(26, 22, 18, 22, 19, 21, 40);
        Op.Arrests.Count(a => a.Person.Sex == Sex.Female).Should().Be(1);
    }

    [Fact]
    public void Arrest_offences_match_the_breakdown()
    {
        Op.Arrests[0].Offences.Select(o => o.Offence).Should().Equal(Offences.ConcernedInSupply, Offences.SlaveryServitudeForcedLabour);
        Op.Arrests[0].PrincipalOffence.DrugClass.Should().Be(DrugClass.A);
        Op.Arrests[3].Offences[1].Substance.Should().Be(Substances.Cannabis);
        Op.Arrests[4].PrincipalOffence.Offence.Should().Be(Offences.PossessionWithIntentToSupply);
        Op.Arrests[5].Person.HomeArea.Should().Be(Place.InLocality("Chatham", PoliceForce.Kent));
    }

    [Fact]
    public void Around_twenty_thousand_pounds_cash_is_approximate()
    {
        Op.Seizures.Select(s => s.Item).OfType<CashSeized>().Single().Amount
            .Should().Be(Money.Pounds(20_000m, Precision.Approximate));
    }

    [Fact]
    public void Class_A_and_B_drugs_found_without_quantities()
    {
        Op.Seizures.Select(s => s.Item).OfType<DrugsSeized>()
            .Select(d => (d.StatedClass, d.Quantity)).Should().Equal((DrugClass.A, null), (DrugClass.B, (Quantity?)null));
    }

    [Fact]
    public void A_knife_recovered_at_an_address_in_south_norwood()
    {
        Seizure knife = Op.Seizures.Single(s => s.Item is WeaponSeized { Kind: WeaponKind.Knife });
        knife.Location!.Locality.Should().Be("South Norwood");
        knife.Location.Borough.Should().Be(LondonBorough.Croydon);
        Op.Warrants.Single(w => w.Id == knife.UnderWarrant).Premises.Should().Be(knife.Location);
    }

    [Fact]
    public void Led_by_the_violent_crime_taskforce_with_kent_police_as_partner()
    {
        Op.LeadUnit!.Name.Should().Be("Violent Crime Taskforce");
        Op.PartnerForces.Should().Equal(PoliceForce.Kent);
        Op.SupportingUnits.Select(u => u.Name).Should().Equal("South Area BCU", "Territorial Support Group");
        Op.Campaign.Should().Be("Autumn Nights");
        Op.InvestigationStarted.Should().Be(new YearMonth(2020, 5));
    }

    [Fact]
    public void Safeguarding_with_the_local_authority()
    {
        Op.Safeguarding.Single().Partners.Should().Contain(PartnerAgency.LocalAuthority);
    }

    [Fact]
    public void Is_valid()
    {
        OperationValidator.Validate(Op).Errors.Should().BeEmpty();
    }
}
