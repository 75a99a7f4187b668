namespace PolicingModel.Reference;

/// <summary>Code lists whose wire codes are set by someone else (data.police.uk, ONS, the CJS data standards).</summary>
internal static class OfficialCodes
{
    internal static IReadOnlyDictionary<TEnum, string>? For<TEnum>()
        where TEnum : struct, Enum
    {
        object? table = typeof(TEnum) == typeof(PoliceForce) ? PoliceForceIds
            : typeof(TEnum) == typeof(LondonBorough) ? Enum.GetValues<LondonBorough>().ToDictionary(b => b, b => $"E090000{(int)b:D2}")
            : typeof(TEnum) == typeof(SelfDefinedEthnicity) ? SelfDefinedCodes
            : typeof(TEnum) == typeof(OfficerDefinedEthnicity) ? OfficerDefinedCodes
            : typeof(TEnum) == typeof(DrugClass) ? Enum.GetValues<DrugClass>().ToDictionary(c => c, c => c.ToString())
            : null;
        return (IReadOnlyDictionary<TEnum, string>?)table;
    }

    /// <summary>data.police.uk force ids; the Civil Nuclear Constabulary and MoD Police are not on data.police.uk and use their names in kebab case.</summary>
    private static readonly Dictionary<PoliceForce, string> PoliceForceIds = new()
    {
        [PoliceForce.AvonAndSomerset] = "avon-and-somerset",
        [PoliceForce.Bedfordshire] = "bedfordshire",
        [PoliceForce.Cambridgeshire] = "cambridgeshire",
        [PoliceForce.Cheshire] = "cheshire",
        [PoliceForce.CityOfLondon] = "city-of-london",
        [PoliceForce.Cleveland] = "cleveland",
        [PoliceForce.Cumbria] = "cumbria",
        [PoliceForce.Derbyshire] = "derbyshire",
        [PoliceForce.DevonAndCornwall] = "devon-and-cornwall",
        [PoliceForce.Dorset] = "dorset",
        [PoliceForce.Durham] = "durham",
        [PoliceForce.Essex] = "essex",
        [PoliceForce.Gloucestershire] = "gloucestershire",
        [PoliceForce.GreaterManchester] = "greater-manchester",
        [PoliceForce.Hampshire] = "hampshire",
        [PoliceForce.Hertfordshire] = "hertfordshire",
        [PoliceForce.Humberside] = "humberside",
        [PoliceForce.Kent] = "kent",
        [PoliceForce.Lancashire] = "lancashire",
        [PoliceForce.Leicestershire] = "leicestershire",
        [PoliceForce.Lincolnshire] = "lincolnshire",
        [PoliceForce.Merseyside] = "merseyside",
        [PoliceForce.Metropolitan] = "metropolitan",
        [PoliceForce.Norfolk] = "norfolk",
        [PoliceForce.Northamptonshire] = "northamptonshire",
        [PoliceForce.Northumbria] = "northumbria",
        [PoliceForce.NorthYorkshire] = "north-yorkshire",
        [PoliceForce.Nottinghamshire] = "nottinghamshire",
        [PoliceForce.SouthYorkshire] = "south-yorkshire",
        [PoliceForce.Staffordshire] = "staffordshire",
        [PoliceForce.Suffolk] = "suffolk",
        [PoliceForce.Surrey] = "surrey",
        [PoliceForce.Sussex] = "sussex",
        [PoliceForce.ThamesValley] = "thames-valley",
        [PoliceForce.Warwickshire] = "warwickshire",
        [PoliceForce.WestMercia] = "west-mercia",
        [PoliceForce.WestMidlands] = "west-midlands",
        [PoliceForce.WestYorkshire] = "west-yorkshire",
        [PoliceForce.Wiltshire] = "wiltshire",
        [PoliceForce.DyfedPowys] = "dyfed-powys",
        [PoliceForce.Gwent] = "gwent",
        [PoliceForce.NorthWales] = "north-wales",
        [PoliceForce.SouthWales] = "south-wales",
        [PoliceForce.BritishTransportPolice] = "btp",
        [PoliceForce.CivilNuclearConstabulary] = "civil-nuclear-constabulary",
        [PoliceForce.MinistryOfDefencePolice] = "ministry-of-defence-police",
    };

    private static readonly Dictionary<SelfDefinedEthnicity, string> SelfDefinedCodes = new()
    {
        [SelfDefinedEthnicity.NotStated] = "NS",
        [SelfDefinedEthnicity.WhiteBritish] = "W1",
        [SelfDefinedEthnicity.WhiteIrish] = "W2",
        [SelfDefinedEthnicity.WhiteGypsyOrIrishTraveller] = "W3",
        [SelfDefinedEthnicity.WhiteOther] = "W9",
        [SelfDefinedEthnicity.MixedWhiteAndBlackCaribbean] = "M1",
        [SelfDefinedEthnicity.MixedWhiteAndBlackAfrican] = "M2",
        [SelfDefinedEthnicity.MixedWhiteAndAsian] = "M3",
        [SelfDefinedEthnicity.MixedOther] = "M9",
        [SelfDefinedEthnicity.AsianIndian] = "A1",
        [SelfDefinedEthnicity.AsianPakistani] = "A2",
        [SelfDefinedEthnicity.AsianBangladeshi] = "A3",
        [SelfDefinedEthnicity.AsianChinese] = "A4",
        [SelfDefinedEthnicity.AsianOther] = "A9",
        [SelfDefinedEthnicity.BlackCaribbean] = "B1",
        [SelfDefinedEthnicity.BlackAfrican] = "B2",
        [SelfDefinedEthnicity.BlackOther] = "B9",
        [SelfDefinedEthnicity.Arab] = "O2",
        [SelfDefinedEthnicity.OtherEthnicGroup] = "O9",
    };

    private static readonly Dictionary<OfficerDefinedEthnicity, string> OfficerDefinedCodes = new()
    {
        [OfficerDefinedEthnicity.Unknown] = "IC9",
        [OfficerDefinedEthnicity.WhiteNorthEuropean] = "IC1",
        [OfficerDefinedEthnicity.WhiteSouthEuropean] = "IC2",
        [OfficerDefinedEthnicity.Black] = "IC3",
        [OfficerDefinedEthnicity.Asian] = "IC4",
        [OfficerDefinedEthnicity.ChineseJapaneseOrSouthEastAsian] = "IC5",
        [OfficerDefinedEthnicity.ArabOrNorthAfrican] = "IC6",
    };
}
