namespace PolicingModel.Equality;

/// <summary>How the confidence interval of a single proportion was computed; see <see cref="Proportions"/>.</summary>
public enum ProportionIntervalMethod
{
    /// <summary>The Wilson score interval (Wilson 1927; Newcombe 1998, method 3): the usual choice, close to nominal coverage on average.</summary>
    [WireCode("wilson")]
    Wilson = 1,

    /// <summary>The Clopper–Pearson "exact" interval (Clopper and Pearson 1934): coverage at least nominal for every true proportion, so wider.</summary>
    [WireCode("clopper-pearson")]
    ClopperPearson = 2,
}
