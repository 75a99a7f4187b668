using PolicingModel.Reference;

namespace PolicingModel.Tests.Reference;

public sealed class OffencesTest
{
    // The catalogue, entry by entry: code, statute and section, Home Office offence group, whether it takes a drug
    // class, the general maximum on indictment (years; 0 for life; -1 for none recorded, as for a summary-only offence,
    // an unverified maximum, a drug offence whose maximum depends on the class, or a ground that is not an offence) and
    // the CJS offence code (null where several codes or none apply). Facts and sources: docs/reference-data.md.
    public static TheoryData<string, string, OffenceGroup, bool, int, string?> Catalogue => new()
    {
        { "possession", "Misuse of Drugs Act 1971 s.5(2)", OffenceGroup.Drugs, true, -1, null },
        { "possession-with-intent-to-supply", "Misuse of Drugs Act 1971 s.5(3)", OffenceGroup.Drugs, true, -1, null },
        { "supply", "Misuse of Drugs Act 1971 s.4(3)(a)", OffenceGroup.Drugs, true, -1, null },
        { "concerned-in-supply", "Misuse of Drugs Act 1971 s.4(3)(b)", OffenceGroup.Drugs, true, -1, null },
        { "production", "Misuse of Drugs Act 1971 s.4(2)", OffenceGroup.Drugs, true, -1, null },
        { "possession-of-criminal-property", "Proceeds of Crime Act 2002 s.329", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 14, "PC02021" },
        { "concealing-criminal-property", "Proceeds of Crime Act 2002 s.327", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 14, "PC02020" },
        { "money-laundering-arrangement", "Proceeds of Crime Act 2002 s.328", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 14, "PC02006" },
        { "slavery-servitude-forced-labour", "Modern Slavery Act 2015 s.1", OffenceGroup.ViolenceAgainstThePerson, false, 0, null },
        { "human-trafficking", "Modern Slavery Act 2015 s.2", OffenceGroup.ViolenceAgainstThePerson, false, 0, "MS15003" },
        { "bladed-article-in-public", "Criminal Justice Act 1988 s.139", OffenceGroup.PossessionOfWeapons, false, 4, "CJ88144" },
        { "offensive-weapon-in-public", "Prevention of Crime Act 1953 s.1", OffenceGroup.PossessionOfWeapons, false, 4, "PC53001" },
        { "child-criminal-exploitation", "Crime and Policing Act 2026", OffenceGroup.Other, false, -1, null },
        { "cuckooing", "Crime and Policing Act 2026", OffenceGroup.Other, false, -1, null },
        { "cultivation-of-cannabis", "Misuse of Drugs Act 1971 s.6(2)", OffenceGroup.Drugs, true, 14, "MD71440" },
        { "importation-of-controlled-drug", "Customs and Excise Management Act 1979 s.170(2)", OffenceGroup.Drugs, true, -1, null },
        { "murder", "common law", OffenceGroup.ViolenceAgainstThePerson, false, 0, null },
        { "manslaughter", "common law", OffenceGroup.ViolenceAgainstThePerson, false, 0, "COML022" },
        { "attempted-murder", "Criminal Attempts Act 1981 s.1 (murder: common law)", OffenceGroup.ViolenceAgainstThePerson, false, 0, "COML025A" },
        { "wounding-with-intent", "Offences Against the Person Act 1861 s.18", OffenceGroup.ViolenceAgainstThePerson, false, 0, null },
        { "malicious-wounding", "Offences Against the Person Act 1861 s.20", OffenceGroup.ViolenceAgainstThePerson, false, 5, "OF61131" },
        { "assault-occasioning-actual-bodily-harm", "Offences Against the Person Act 1861 s.47", OffenceGroup.ViolenceAgainstThePerson, false, 5, "OF61102" },
        { "common-assault", "Criminal Justice Act 1988 s.39", OffenceGroup.ViolenceAgainstThePerson, false, -1, null },
        { "assault-on-emergency-worker", "Assaults on Emergency Workers (Offences) Act 2018 s.1", OffenceGroup.ViolenceAgainstThePerson, false, 2, null },
        { "assault-on-constable", "Police Act 1996 s.89(1)", OffenceGroup.ViolenceAgainstThePerson, false, -1, "PL96001" },
        { "harassment", "Protection from Harassment Act 1997 s.2", OffenceGroup.ViolenceAgainstThePerson, false, -1, "PH97004" },
        { "racially-or-religiously-aggravated-harassment", "Crime and Disorder Act 1998 s.32", OffenceGroup.ViolenceAgainstThePerson, false, 2, null },
        { "stalking", "Protection from Harassment Act 1997 s.2A", OffenceGroup.ViolenceAgainstThePerson, false, -1, "PH97006" },
        { "controlling-or-coercive-behaviour", "Serious Crime Act 2015 s.76", OffenceGroup.ViolenceAgainstThePerson, false, 5, "SC15004" },
        { "threats-to-kill", "Offences Against the Person Act 1861 s.16", OffenceGroup.ViolenceAgainstThePerson, false, 10, "OF61014" },
        { "rape", "Sexual Offences Act 2003 s.1", OffenceGroup.SexualOffences, false, 0, null },
        { "rape-of-child-under-13", "Sexual Offences Act 2003 s.5", OffenceGroup.SexualOffences, false, 0, null },
        { "sexual-assault", "Sexual Offences Act 2003 s.3", OffenceGroup.SexualOffences, false, 10, null },
        { "robbery", "Theft Act 1968 s.8(1)", OffenceGroup.Robbery, false, 0, "TH68023" },
        { "assault-with-intent-to-rob", "Theft Act 1968 s.8(2)", OffenceGroup.Robbery, false, -1, "TH68025" },
        { "theft", "Theft Act 1968 s.1", OffenceGroup.Theft, false, 7, null },
        { "theft-from-shop", "Theft Act 1968 s.1", OffenceGroup.Theft, false, 7, "TH68010" },
        { "theft-from-the-person", "Theft Act 1968 s.1", OffenceGroup.Theft, false, 7, "TH68001" },
        { "handling-stolen-goods", "Theft Act 1968 s.22", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 14, "TH68073" },
        { "burglary-dwelling", "Theft Act 1968 s.9", OffenceGroup.Theft, false, 14, null },
        { "burglary-non-dwelling", "Theft Act 1968 s.9", OffenceGroup.Theft, false, 10, null },
        { "aggravated-burglary-dwelling", "Theft Act 1968 s.10", OffenceGroup.Theft, false, 0, "TH68045" },
        { "aggravated-burglary-non-dwelling", "Theft Act 1968 s.10", OffenceGroup.Theft, false, 0, "TH68046" },
        { "theft-of-motor-vehicle", "Theft Act 1968 s.1", OffenceGroup.Theft, false, 7, "TH68013" },
        { "theft-from-motor-vehicle", "Theft Act 1968 s.1", OffenceGroup.Theft, false, 7, "TH68007" },
        { "vehicle-interference", "Criminal Attempts Act 1981 s.9", OffenceGroup.Theft, false, -1, "CA81001" },
        { "taking-conveyance-without-consent", "Theft Act 1968 s.12(1)", OffenceGroup.Theft, false, -1, "TH68050" },
        { "criminal-damage", "Criminal Damage Act 1971 s.1(1)", OffenceGroup.CriminalDamageAndArson, false, 10, null },
        { "arson", "Criminal Damage Act 1971 s.1(1) and (3)", OffenceGroup.CriminalDamageAndArson, false, 0, "CD71015" },
        { "arson-endangering-life", "Criminal Damage Act 1971 s.1(2) and (3)", OffenceGroup.CriminalDamageAndArson, false, 0, null },
        { "threat-to-destroy-or-damage-property", "Criminal Damage Act 1971 s.2", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 10, "CD71043" },
        { "riot", "Public Order Act 1986 s.1", OffenceGroup.PublicOrder, false, 10, "PU86001" },
        { "violent-disorder", "Public Order Act 1986 s.2", OffenceGroup.PublicOrder, false, 5, "PU86002" },
        { "affray", "Public Order Act 1986 s.3", OffenceGroup.PublicOrder, false, 3, "PU86003" },
        { "fear-or-provocation-of-violence", "Public Order Act 1986 s.4", OffenceGroup.PublicOrder, false, -1, "PU86004" },
        { "intentional-harassment-alarm-distress", "Public Order Act 1986 s.4A", OffenceGroup.PublicOrder, false, -1, null },
        { "harassment-alarm-distress", "Public Order Act 1986 s.5", OffenceGroup.PublicOrder, false, -1, null },
        { "racially-or-religiously-aggravated-fear-or-provocation", "Crime and Disorder Act 1998 s.31(1)(a)", OffenceGroup.PublicOrder, false, 2, "CD98066" },
        { "racially-or-religiously-aggravated-intentional-harassment", "Crime and Disorder Act 1998 s.31(1)(b)", OffenceGroup.PublicOrder, false, 2, "CD98067" },
        { "racially-or-religiously-aggravated-harassment-alarm-distress", "Crime and Disorder Act 1998 s.31(1)(c)", OffenceGroup.PublicOrder, false, -1, "CD98075" },
        { "fraud-by-false-representation", "Fraud Act 2006 ss.1 and 2", OffenceGroup.Fraud, false, 10, "FA06001" },
        { "fraud-by-failing-to-disclose-information", "Fraud Act 2006 ss.1 and 3", OffenceGroup.Fraud, false, 10, "FA06002" },
        { "fraud-by-abuse-of-position", "Fraud Act 2006 ss.1 and 4", OffenceGroup.Fraud, false, 10, "FA06003" },
        { "possession-of-articles-for-use-in-fraud", "Fraud Act 2006 s.6", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 5, "FA06004" },
        { "making-or-supplying-articles-for-use-in-fraud", "Fraud Act 2006 s.7", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 10, null },
        { "forgery", "Forgery and Counterfeiting Act 1981 s.1", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 10, "FC81002" },
        { "bladed-article-on-school-premises", "Criminal Justice Act 1988 s.139A(1)", OffenceGroup.PossessionOfWeapons, false, 4, "CJ88152" },
        { "offensive-weapon-on-school-premises", "Criminal Justice Act 1988 s.139A(2)", OffenceGroup.PossessionOfWeapons, false, 4, "CJ88151" },
        { "threatening-with-bladed-article", "Criminal Justice Act 1988 s.139AA", OffenceGroup.PossessionOfWeapons, false, 4, "CJ88154" },
        { "threatening-with-offensive-weapon", "Prevention of Crime Act 1953 s.1A", OffenceGroup.PossessionOfWeapons, false, 4, "PC53003" },
        { "possession-of-firearm-without-certificate", "Firearms Act 1968 s.1", OffenceGroup.PossessionOfWeapons, false, 5, "FI68001" },
        { "possession-of-prohibited-weapon", "Firearms Act 1968 s.5", OffenceGroup.PossessionOfWeapons, false, 10, null },
        { "possession-of-prohibited-short-firearm", "Firearms Act 1968 s.5(1)(aba)", OffenceGroup.PossessionOfWeapons, false, 10, "FI68421" },
        { "possession-of-prohibited-noxious-or-electrical-weapon", "Firearms Act 1968 s.5(1)(b)", OffenceGroup.PossessionOfWeapons, false, 10, "FI68247" },
        { "possession-of-firearm-with-intent-to-endanger-life", "Firearms Act 1968 s.16", OffenceGroup.PossessionOfWeapons, false, 0, "FI68059" },
        { "carrying-firearm-in-public-place", "Firearms Act 1968 s.19", OffenceGroup.PossessionOfWeapons, false, 7, null },
        { "carrying-imitation-firearm-in-public-place", "Firearms Act 1968 s.19", OffenceGroup.PossessionOfWeapons, false, 1, "FI68435" },
        { "carrying-air-weapon-in-public-place", "Firearms Act 1968 s.19", OffenceGroup.PossessionOfWeapons, false, -1, "FI68378" },
        { "entry-in-breach-of-deportation-order", "Immigration Act 1971 s.24(A1)", OffenceGroup.Other, false, 5, "IM71132" },
        { "illegal-entry", "Immigration Act 1971 s.24(B1)", OffenceGroup.Other, false, 4, "IM71133" },
        { "overstaying", "Immigration Act 1971 s.24(C1)", OffenceGroup.Other, false, 4, null },
        { "arrival-without-entry-clearance", "Immigration Act 1971 s.24(D1)", OffenceGroup.Other, false, 4, "IM71135" },
        { "facilitating-unlawful-immigration", "Immigration Act 1971 s.25", OffenceGroup.Other, false, 0, "IM71142" },
        { "failing-to-surrender", "Bail Act 1976 s.6", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, -1, null },
        { "breach-of-bail-conditions", "Bail Act 1976 s.7(3)", OffenceGroup.Other, false, -1, "BA76005" },
        { "wanted-on-warrant", "a warrant of arrest issued by a court", OffenceGroup.Other, false, -1, null },
        { "drink-driving", "Road Traffic Act 1988 s.5(1)", OffenceGroup.Other, false, -1, null },
        { "drug-driving", "Road Traffic Act 1988 s.5A", OffenceGroup.Other, false, -1, null },
        { "dangerous-driving", "Road Traffic Act 1988 s.2", OffenceGroup.MiscellaneousCrimesAgainstSociety, false, 2, "RT88026" },
        { "obstructing-police", "Police Act 1996 s.89(2)", OffenceGroup.Other, false, -1, "PL96003" },
    };

    [Theory]
    [MemberData(nameof(Catalogue))]
    public void Every_entry_has_its_statute_group_maximum_and_cjs_code(string code, string legislation, OffenceGroup group, bool takesDrugClass, int years, string? cjsCode)
    {
        Offence offence = Offences.FromCode(code);
        offence.Code.Should().Be(code);
        offence.Legislation.Should().Be(legislation);
        offence.Group.Should().Be(group);
        offence.TakesDrugClass.Should().Be(takesDrugClass);
        Describe(offence.MaximumSentenceFor()).Should().Be(years);
        offence.CjsCode.Should().Be(cjsCode);
    }

    [Fact]
    public void The_table_covers_the_whole_list_and_every_code_is_unique()
    {
        Offences.All.Select(o => o.Code).Should().Equal(Catalogue.Select(row => row.Data.Item1));
        Offences.All.Select(o => o.Code).Should().OnlyHaveUniqueItems();
        Offences.All.Select(o => o.CjsCode).OfType<string>().Should().OnlyHaveUniqueItems();
        Offences.All.Should().OnlyContain(o => System.Text.RegularExpressions.Regex.IsMatch(o.CjsCode ?? "AB12345", "^[A-Z]{2,4}[0-9]{3,5}[A-Z]?$"), "CJS codes have the CJS shape");
    }

    [Fact]
    public void Every_published_offence_group_has_an_offence()
    {
        Enum.GetValues<OffenceGroup>().Should().OnlyContain(g => Offences.All.Any(o => o.Group == g && o.IsOffence));
    }

    [Fact]
    public void The_original_entries_keep_their_codes_and_places()
    {
        Offences.All.Take(14).Select(o => o.Code).Should().Equal(
            "possession", "possession-with-intent-to-supply", "supply", "concerned-in-supply", "production",
            "possession-of-criminal-property", "concealing-criminal-property", "money-laundering-arrangement",
            "slavery-servitude-forced-labour", "human-trafficking", "bladed-article-in-public", "offensive-weapon-in-public",
            "child-criminal-exploitation", "cuckooing");
    }

    [Fact]
    public void Grounds_that_are_not_offences_are_marked_and_listed()
    {
        Offences.NotOffences.Should().Equal(Offences.BreachOfBailConditions, Offences.WantedOnWarrant);
        Offences.All.Where(o => !o.IsOffence).Should().Equal(Offences.NotOffences);
        Offences.BreachOfBailConditions.Kind.Should().Be(ArrestGroundKind.PowerOfArrestWithoutOffence);
        Offences.WantedOnWarrant.Kind.Should().Be(ArrestGroundKind.Warrant);
        Offences.NotOffences.Should().OnlyContain(o => o.Group == OffenceGroup.Other && o.MaximumSentences.IsEmpty && !o.TakesDrugClass);
        Offences.FailingToSurrender.IsOffence.Should().BeTrue("failing to surrender (Bail Act 1976 s.6) is an offence, unlike breach of conditions");
    }

    // Years, or 0 for life, or -1 for none recorded.
    public static TheoryData<string, DrugClass?, int> Maximums => new()
    {
        { "possession", DrugClass.A, 7 },
        { "possession", DrugClass.B, 5 },
        { "possession", DrugClass.C, 2 },
        { "possession-with-intent-to-supply", DrugClass.A, 0 },
        { "possession-with-intent-to-supply", DrugClass.B, 14 },
        { "possession-with-intent-to-supply", DrugClass.C, 14 },
        { "concerned-in-supply", DrugClass.A, 0 },
        { "concerned-in-supply", DrugClass.B, 14 },
        { "concerned-in-supply", DrugClass.C, 14 },
        { "supply", DrugClass.A, 0 },
        { "supply", DrugClass.C, 14 },
        { "production", DrugClass.A, 0 },
        { "production", DrugClass.B, 14 },
        { "importation-of-controlled-drug", DrugClass.A, 0 },
        { "importation-of-controlled-drug", DrugClass.B, 14 },
        { "importation-of-controlled-drug", DrugClass.C, 14 },
        { "cultivation-of-cannabis", DrugClass.B, 14 },
        { "cultivation-of-cannabis", DrugClass.C, 14 },
        { "possession-of-criminal-property", null, 14 },
        { "slavery-servitude-forced-labour", null, 0 },
        { "human-trafficking", null, 0 },
        { "bladed-article-in-public", null, 4 },
        { "offensive-weapon-in-public", null, 4 },
        { "child-criminal-exploitation", null, -1 },
        { "cuckooing", null, -1 },
        { "robbery", null, 0 },
        { "burglary-dwelling", null, 14 },
        { "carrying-imitation-firearm-in-public-place", null, 1 },
        { "common-assault", null, -1 },
    };

    [Theory]
    [MemberData(nameof(Maximums))]
    public void Maximum_sentences_follow_the_domain_notes(string code, DrugClass? drugClass, int years)
    {
        MaximumSentence? maximum = Offences.FromCode(code).MaximumSentenceFor(drugClass);
        Describe(maximum).Should().Be(years);
    }

    [Theory]
    [MemberData(nameof(Maximums))]
    public void Conspiracy_carries_the_maximum_of_the_substantive_offence(string code, DrugClass? drugClass, int years)
    {
        Offence offence = Offences.FromCode(code);
        var conspiracy = new SuspectedOffence(offence, InchoateForm.Conspiracy, drugClass);
        Describe(Offences.MaximumSentenceFor(conspiracy)).Should().Be(years);
        Describe(Offences.MaximumSentenceFor(new SuspectedOffence(offence, InchoateForm.None, drugClass))).Should().Be(years);
        conspiracy.Group.Should().Be(offence.Group);
    }

    [Theory]
    [InlineData(InchoateForm.Attempt)]
    [InlineData(InchoateForm.EncouragingOrAssisting)]
    public void Other_inchoate_maximums_are_not_assumed(InchoateForm form)
    {
        Offences.MaximumSentenceFor(new SuspectedOffence(Offences.Supply, form, DrugClass.A)).Should().BeNull();
    }

    [Theory]
    [InlineData(InchoateForm.None, null)]
    [InlineData(InchoateForm.Conspiracy, "Criminal Law Act 1977 s.1")]
    [InlineData(InchoateForm.Attempt, "Criminal Attempts Act 1981 s.1")]
    [InlineData(InchoateForm.EncouragingOrAssisting, "Serious Crime Act 2007 ss.44-46")]
    public void Inchoate_forms_name_their_enactment(InchoateForm form, string? legislation)
    {
        Offences.LegislationOf(form).Should().Be(legislation);
    }

    [Fact]
    public void Conspiracy_to_supply_class_A_is_expressible()
    {
        var offence = new SuspectedOffence(Offences.Supply, InchoateForm.Conspiracy, DrugClass.A, Substances.Cocaine);
        offence.Group.Should().Be(OffenceGroup.Drugs);
        Offences.MaximumSentenceFor(offence)!.Value.IsLife.Should().BeTrue();
    }

    [Fact]
    public void Unverified_offences_are_listed_and_carry_no_maximum()
    {
        Offences.CommencementUnverified.Should().Equal(Offences.ChildCriminalExploitationUnverified, Offences.CuckooingUnverified);
        Offences.CommencementUnverified.Should().OnlyContain(o => o.MaximumSentences.IsEmpty && Offences.All.Contains(o));
    }

    [Fact]
    public void A_drug_class_is_rejected_on_an_offence_that_does_not_take_one()
    {
        Action act = () => _ = new SuspectedOffence(Offences.HumanTrafficking, InchoateForm.None, DrugClass.A);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Unknown_codes_are_not_found()
    {
        Offences.TryFromCode("jaywalking", out Offence? offence).Should().BeFalse();
        offence.Should().BeNull();
        Offences.TryFromCode("Murder", out _).Should().BeFalse("codes are lower case");
        Offences.TryFromCode(null, out _).Should().BeFalse();
        Action act = () => Offences.FromCode("jaywalking");
        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    private static int Describe(MaximumSentence? maximum) => maximum switch
    {
        null => -1,
        { } m => m.Years ?? 0,
    };
}
