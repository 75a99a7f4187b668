using NodaTime;
using NodaTime.Testing;
using PolicingModel.Rules;
using static PolicingModel.Tests.Rules.RulesTestData;

namespace PolicingModel.Tests.Rules;

public sealed class DetentionClockTest
{
    private static LocalDateTime L(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute);

    // The county-lines arrests: arrested at 05:00 on Thursday 29 October 2020 (GMT: the clocks went back on 25 October),
    // booked in at 06:10.
    private static readonly Arrest CountyLines = Arrest(
        Local(2020, 10, 29, 5, 0),
        new CustodyDetails(Local(2020, 10, 29, 6, 10), "Croydon"));

    [Fact]
    public void County_lines_arrest_deadlines_in_local_time()
    {
        var clock = DetentionClock.For(CountyLines);

        EnglandAndWales.LocalAt(clock.RelevantTime).Should().Be(L(2020, 10, 29, 6, 10));
        EnglandAndWales.LocalAt(clock.BasicLimit).Should().Be(L(2020, 10, 30, 6, 10));
        EnglandAndWales.LocalAt(clock.SuperintendentExtensionLimit).Should().Be(L(2020, 10, 30, 18, 10));
        EnglandAndWales.LocalAt(clock.AbsoluteLimit).Should().Be(L(2020, 11, 2, 6, 10));
        clock.Reviews.Select(r => r.LocalAt).Should().Equal(
            L(2020, 10, 29, 12, 10),
            L(2020, 10, 29, 21, 10),
            L(2020, 10, 30, 6, 10),
            L(2020, 10, 30, 15, 10),
            L(2020, 10, 31, 0, 10),
            L(2020, 10, 31, 9, 10),
            L(2020, 10, 31, 18, 10),
            L(2020, 11, 1, 3, 10),
            L(2020, 11, 1, 12, 10),
            L(2020, 11, 1, 21, 10));
        clock.Reviews.Select(r => r.ReviewNumber).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    [Fact]
    public void County_lines_arrest_next_deadline_and_status_from_a_fake_clock()
    {
        var clock = DetentionClock.For(CountyLines);
        var fake = new FakeClock(Local(2020, 10, 29, 5, 30));

        clock.Status(fake).Should().Be(DetentionStatus.NotStarted);
        clock.NextDeadline(fake).Should().Be(new DetentionDeadline(DetentionDeadlineKind.Review, Local(2020, 10, 29, 12, 10), 1));

        fake.Reset(Local(2020, 10, 30, 6, 0));
        clock.Status(fake).Should().Be(DetentionStatus.BasicPeriod);
        var next = clock.NextDeadline(fake)!;
        next.Kind.Should().Be(DetentionDeadlineKind.Review, "the third review and the basic limit fall together, the review listed first");
        next.ReviewNumber.Should().Be(3);
        next.LocalAt.Should().Be(L(2020, 10, 30, 6, 10));
        clock.HasExpired(DetentionLimit.Basic, fake).Should().BeFalse();

        fake.Reset(Local(2020, 10, 30, 6, 10));
        clock.Status(fake).Should().Be(DetentionStatus.BasicPeriod, "a limit is passed only once the moment is strictly after it");
        clock.NextDeadline(fake)!.Kind.Should().Be(DetentionDeadlineKind.Review, "a deadline at the current moment is still due");
        clock.HasExpired(DetentionLimit.Basic, fake).Should().BeFalse();

        fake.AdvanceMinutes(1);
        clock.Status(fake).Should().Be(DetentionStatus.SuperintendentExtension);
        clock.HasExpired(DetentionLimit.Basic, fake).Should().BeTrue();
        clock.NextDeadline(fake)!.Should().Be(new DetentionDeadline(DetentionDeadlineKind.Review, Local(2020, 10, 30, 15, 10), 4));

        fake.Reset(Local(2020, 10, 30, 18, 11));
        clock.Status(fake).Should().Be(DetentionStatus.WarrantOfFurtherDetention);
        clock.HasExpired(DetentionLimit.SuperintendentExtension, fake).Should().BeTrue();
        clock.HasExpired(DetentionLimit.Absolute, fake).Should().BeFalse();

        fake.Reset(Local(2020, 11, 1, 21, 11));
        clock.NextDeadline(fake)!.Kind.Should().Be(DetentionDeadlineKind.AbsoluteLimit);
        clock.NextDeadline(fake)!.LocalAt.Should().Be(L(2020, 11, 2, 6, 10));

        fake.Reset(Local(2020, 11, 2, 6, 11));
        clock.Status(fake).Should().Be(DetentionStatus.BeyondAbsoluteLimit);
        clock.HasExpired(DetentionLimit.Absolute, fake).Should().BeTrue();
        clock.NextDeadline(fake).Should().BeNull();
    }

    [Fact]
    public void Across_the_autumn_clock_change_local_deadlines_shift_by_an_hour()
    {
        // Arrested 23:30 BST on Saturday 25 October 2025, booked in 00:10 BST on Sunday 26 October; at 02:00 BST that
        // night the clocks went back to 01:00 GMT. Elapsed hours are what count, so the wall-clock times move back an hour.
        var clock = DetentionClock.For(Arrest(Local(2025, 10, 25, 23, 30), new CustodyDetails(Local(2025, 10, 26, 0, 10))));

        clock.RelevantTime.Should().Be(Instant.FromUtc(2025, 10, 25, 23, 10));
        EnglandAndWales.LocalAt(clock.RelevantTime).Should().Be(L(2025, 10, 26, 0, 10));
        EnglandAndWales.LocalAt(clock.BasicLimit).Should().Be(L(2025, 10, 26, 23, 10));
        EnglandAndWales.LocalAt(clock.SuperintendentExtensionLimit).Should().Be(L(2025, 10, 27, 11, 10));
        EnglandAndWales.LocalAt(clock.AbsoluteLimit).Should().Be(L(2025, 10, 29, 23, 10));
        clock.Reviews.Select(r => r.LocalAt).Should().Equal(
            L(2025, 10, 26, 5, 10),
            L(2025, 10, 26, 14, 10),
            L(2025, 10, 26, 23, 10),
            L(2025, 10, 27, 8, 10),
            L(2025, 10, 27, 17, 10),
            L(2025, 10, 28, 2, 10),
            L(2025, 10, 28, 11, 10),
            L(2025, 10, 28, 20, 10),
            L(2025, 10, 29, 5, 10),
            L(2025, 10, 29, 14, 10));
        clock.Deadlines.Select(d => d.Kind).Should().Contain(DetentionDeadlineKind.BasicLimit)
            .And.HaveCount(clock.Reviews.Length + 3);
    }

    [Fact]
    public void Across_the_spring_clock_change_local_deadlines_shift_forward_an_hour()
    {
        // Booked in 23:00 GMT on Saturday 29 March 2025; at 01:00 GMT the clocks went forward to 02:00 BST.
        var clock = DetentionClock.For(Arrest(Local(2025, 3, 29, 22, 15), new CustodyDetails(Local(2025, 3, 29, 23, 0))));

        EnglandAndWales.LocalAt(clock.Reviews[0].At).Should().Be(L(2025, 3, 30, 6, 0));
        EnglandAndWales.LocalAt(clock.BasicLimit).Should().Be(L(2025, 3, 31, 0, 0));
        EnglandAndWales.LocalAt(clock.SuperintendentExtensionLimit).Should().Be(L(2025, 3, 31, 12, 0));
        EnglandAndWales.LocalAt(clock.AbsoluteLimit).Should().Be(L(2025, 4, 3, 0, 0));
    }

    [Fact]
    public void Relevant_time_follows_section_41_2()
    {
        Instant arrested = Local(2024, 6, 1, 10, 0);

        DetentionClock.RelevantTimeFor(arrested, new CustodyDetails(Local(2024, 6, 1, 11, 0)))
            .Should().Be(Local(2024, 6, 1, 11, 0), "s.41(2)(d): arrival at the station");
        DetentionClock.RelevantTimeFor(Local(2024, 6, 1, 12, 0), new CustodyDetails(Local(2024, 6, 1, 9, 0), circumstance: DetentionCircumstance.VoluntaryAttendance))
            .Should().Be(Local(2024, 6, 1, 12, 0), "s.41(2)(c): the time of arrest after attending voluntarily");
        DetentionClock.RelevantTimeFor(arrested, new CustodyDetails(Local(2024, 6, 1, 16, 0), circumstance: DetentionCircumstance.ArrestedForAnotherForceArea))
            .Should().Be(Local(2024, 6, 1, 16, 0), "s.41(2)(a): arrival, when it is within 24 hours");
        DetentionClock.RelevantTimeFor(arrested, new CustodyDetails(Local(2024, 6, 2, 14, 0), circumstance: DetentionCircumstance.ArrestedForAnotherForceArea))
            .Should().Be(Local(2024, 6, 2, 10, 0), "s.41(2)(a): 24 hours after the arrest, when that is earlier");
        DetentionClock.RelevantTimeFor(arrested, new CustodyDetails(Local(2024, 6, 3, 9, 0), circumstance: DetentionCircumstance.ArrestedOutsideEnglandAndWales, enteredEnglandAndWalesAt: Local(2024, 6, 2, 8, 0)))
            .Should().Be(Local(2024, 6, 3, 8, 0), "s.41(2)(b): 24 hours after entering England and Wales, when that is earlier");
    }

    [Fact]
    public void Before_the_relevant_time_the_clock_has_not_started()
    {
        var clock = DetentionClock.For(Local(2024, 6, 1, 10, 0), new CustodyDetails(Local(2024, 6, 2, 14, 0), circumstance: DetentionCircumstance.ArrestedForAnotherForceArea));
        clock.Status(Local(2024, 6, 2, 9, 0)).Should().Be(DetentionStatus.NotStarted);
        clock.Status(Local(2024, 6, 2, 11, 0)).Should().Be(DetentionStatus.BasicPeriod, "the clock runs from 24 hours after arrest even in transit");
    }

    [Fact]
    public void Reviews_run_from_when_detention_was_authorised_when_recorded()
    {
        var clock = DetentionClock.For(CountyLines, detentionAuthorisedAt: Local(2020, 10, 29, 6, 40));
        clock.DetentionAuthorisedAt.Should().Be(Local(2020, 10, 29, 6, 40));
        clock.Reviews[0].LocalAt.Should().Be(L(2020, 10, 29, 12, 40));
        clock.Reviews[1].LocalAt.Should().Be(L(2020, 10, 29, 21, 40));
        EnglandAndWales.LocalAt(clock.BasicLimit).Should().Be(L(2020, 10, 30, 6, 10), "the limits still run from the relevant time");
    }

    [Fact]
    public void An_arrest_without_custody_is_rejected_naming_the_field()
    {
        Action act = () => DetentionClock.For(Arrest(Local(2020, 10, 29, 5, 0)));
        act.Should().Throw<ArgumentException>().WithParameterName("arrest").WithMessage("*arrest.Custody*");
    }

    [Fact]
    public void An_authorisation_before_the_arrest_is_rejected()
    {
        Action act = () => DetentionClock.For(CountyLines, Local(2020, 10, 29, 4, 0));
        act.Should().Throw<ArgumentException>().WithParameterName("detentionAuthorisedAt");
    }

    [Fact]
    public void Clocks_from_the_same_facts_are_equal()
    {
        DetentionClock.For(CountyLines).Should().Be(DetentionClock.For(CountyLines));
        LimitAt(DetentionLimit.Basic).Should().Be(DetentionClock.For(CountyLines).BasicLimit);

        static Instant LimitAt(DetentionLimit limit) => DetentionClock.For(CountyLines).LimitAt(limit);
    }

    [Theory]
    [InlineData(23, null, null)]
    [InlineData(24, null, null)]
    [InlineData(30, "PM5003", ValidationSeverity.Information)]
    [InlineData(40, "PM5002", ValidationSeverity.Warning)]
    [InlineData(96, "PM5002", ValidationSeverity.Warning)]
    [InlineData(97, "PM5001", ValidationSeverity.Error)]
    public void Charging_late_is_reported_by_how_far_past_the_limits(int hoursAfterRelevantTime, string? code, ValidationSeverity? severity)
    {
        Instant chargedAt = Local(2020, 10, 29, 6, 10) + Duration.FromHours(hoursAfterRelevantTime);
        var findings = DetentionClock.Check(CountyLines.WithOutcome(new Charged(chargedAt: chargedAt)));
        if (code is null)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            findings.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = code, Severity = severity, Path = "/outcome/chargedAt" });
        }
    }

    [Fact]
    public void Release_under_investigation_time_is_checked_too_and_untimed_outcomes_are_not()
    {
        DetentionClock.Check(CountyLines.WithOutcome(new ReleasedUnderInvestigation(Local(2020, 11, 3, 12, 0))))
            .Should().ContainSingle().Which.Path.Should().Be("/outcome/releasedAt");
        DetentionClock.Check(CountyLines.WithOutcome(new Charged())).Should().BeEmpty();
        DetentionClock.Check(Arrest(Local(2020, 10, 29, 5, 0), outcome: new Charged(chargedAt: Local(2020, 12, 1, 0, 0)))).Should().BeEmpty();
    }

    [Fact]
    public void A_deadline_has_a_review_number_only_when_it_is_a_review()
    {
        Instant at = Local(2020, 10, 29, 12, 10);
        ((Action)(() => _ = new DetentionDeadline(DetentionDeadlineKind.Review, at))).Should().Throw<ArgumentException>().WithParameterName("reviewNumber");
        ((Action)(() => _ = new DetentionDeadline(DetentionDeadlineKind.BasicLimit, at, 1))).Should().Throw<ArgumentException>().WithParameterName("reviewNumber");
        ((Action)(() => _ = new DetentionDeadline(DetentionDeadlineKind.Review, at, 0))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reviewNumber");
    }
}
