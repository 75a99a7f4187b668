namespace PolicingModel.Rules;

/// <summary>
/// Which statutory time limits govern a person's pre-charge bail. The regime follows the date of <b>arrest</b>: the
/// Police, Crime, Sentencing and Courts Act 2022 amendments apply to a person only if arrested after they came into
/// force (PCSC Act 2022 s.45(3)(a); in force 28 October 2022, S.I. 2022/1075).
/// </summary>
public enum BailRegime
{
    /// <summary>
    /// Arrested before 3 April 2017: no statutory limit on pre-charge bail. The date (commencement of the Policing and
    /// Crime Act 2017 bail provisions) comes from secondary sources and is <b>unverified</b> against the commencement order.
    /// </summary>
    NoStatutoryLimit = 0,

    /// <summary>Arrested from 3 April 2017 to 27 October 2022 (Policing and Crime Act 2017): 28 days initially, a superintendent could extend to 3 months, then a magistrates' court.</summary>
    PolicingAndCrimeAct2017 = 1,

    /// <summary>Arrested on or after 28 October 2022 (PCSC Act 2022 Sch. 4): 3 months initially, an inspector may extend to 6 months (PACE s.47ZD), a superintendent to 9 months (s.47ZDA), then a magistrates' court (s.47ZF).</summary>
    PoliceCrimeSentencingAndCourtsAct2022 = 2,
}
