using PolicingModel.Samples;

namespace PolicingModel.Tests.Model;

/// <summary>Bail conditions compare by kind and value.</summary>
public sealed class BailConditionEqualityTest
{
    [Fact]
    public void Bail_conditions_compare_by_kind_and_value()
    {
        new Curfew(new LocalTime(21, 0), new LocalTime(7, 0)).Should().Be(new Curfew(new LocalTime(21, 0), new LocalTime(7, 0)));
        ((BailCondition)new Doorstep()).Should().NotBe(new SurrenderPassport());
        new NotToAttendEvent(CarnivalRaidsOperation.NottingHillCarnival2023).Should().Be(new NotToAttendEvent(CarnivalRaidsOperation.NottingHillCarnival2023));
    }
}
