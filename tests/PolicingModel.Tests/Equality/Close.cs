namespace PolicingModel.Tests.Equality;

/// <summary>Assertions to a relative tolerance, for comparing with reference values computed elsewhere.</summary>
internal static class Close
{
    /// <summary>Asserts that <paramref name="actual"/> is finite and within <paramref name="relative"/> of <paramref name="expected"/> (absolutely, when expected is 0).</summary>
    internal static void ShouldBeCloseTo(this double actual, double expected, double relative = 1e-9, string because = "")
    {
        double.IsFinite(actual).Should().BeTrue("{0} must be finite {1}", actual, because);
        double tolerance = expected == 0.0 ? relative : Math.Abs(expected) * relative;
        actual.Should().BeApproximately(expected, tolerance, because);
    }

    /// <summary>Asserts a nullable value is present and close.</summary>
    internal static void ShouldBeCloseTo(this double? actual, double expected, double relative = 1e-9, string because = "")
    {
        actual.Should().NotBeNull(because);
        actual!.Value.ShouldBeCloseTo(expected, relative, because);
    }

    /// <summary>Rounds to a number of decimal places, for comparing with published tables.</summary>
    internal static double Places(this double value, int places) => Math.Round(value, places, MidpointRounding.AwayFromZero);
}
