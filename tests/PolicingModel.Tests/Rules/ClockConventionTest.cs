using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NodaTime;

namespace PolicingModel.Tests.Rules;

/// <summary>
/// The library never reads the system clock or the machine's time zone: rules take an <see cref="Instant"/> or an
/// <see cref="IClock"/>. Proved by scanning the metadata of the built PolicingModel assembly for references to the
/// members that read them.
/// </summary>
public sealed class ClockConventionTest
{
    private static readonly HashSet<(string Namespace, string Type, string Member)> ForbiddenMembers =
    [
        ("System", "DateTime", "get_Now"),
        ("System", "DateTime", "get_UtcNow"),
        ("System", "DateTime", "get_Today"),
        ("System", "DateTimeOffset", "get_Now"),
        ("System", "DateTimeOffset", "get_UtcNow"),
        ("System", "TimeProvider", "get_System"),
        ("System", "TimeZoneInfo", "get_Local"),
        ("System", "Environment", "get_TickCount"),
        ("System", "Environment", "get_TickCount64"),
        ("NodaTime", "SystemClock", "get_Instance"),
        ("NodaTime", "IDateTimeZoneProvider", "GetSystemDefault"),
        ("NodaTime", "BclDateTimeZone", "ForSystemDefault"),
    ];

    private static readonly HashSet<(string Namespace, string Type)> ForbiddenTypes =
    [
        ("NodaTime", "SystemClock"),
        ("System.Diagnostics", "Stopwatch"),
    ];

    [Fact]
    public void The_library_never_reads_the_system_clock_or_the_local_time_zone()
    {
        ClockReadsIn(typeof(Operation).Assembly.Location).Should().BeEmpty();
    }

    [Fact]
    public void The_scan_finds_clock_reads_where_there_are_some()
    {
        // This test assembly reads the clock in ReadsTheClock below, so the scan must find it.
        ClockReadsIn(typeof(ClockConventionTest).Assembly.Location)
            .Should().Contain(["System.DateTime.get_UtcNow", "NodaTime.SystemClock.get_Instance", "NodaTime.SystemClock"]);
    }

    internal static Instant ReadsTheClock() =>
        DateTime.UtcNow.Year > 2000 ? SystemClock.Instance.GetCurrentInstant() : default;

    private static List<string> ClockReadsIn(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader reader = pe.GetMetadataReader();
        var found = new List<string>();
        foreach (TypeReferenceHandle handle in reader.TypeReferences)
        {
            TypeReference type = reader.GetTypeReference(handle);
            (string ns, string name) = (reader.GetString(type.Namespace), reader.GetString(type.Name));
            if (ForbiddenTypes.Contains((ns, name)))
            {
                found.Add($"{ns}.{name}");
            }
        }
        foreach (MemberReferenceHandle handle in reader.MemberReferences)
        {
            MemberReference member = reader.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }
            TypeReference parent = reader.GetTypeReference((TypeReferenceHandle)member.Parent);
            var key = (reader.GetString(parent.Namespace), reader.GetString(parent.Name), reader.GetString(member.Name));
            if (ForbiddenMembers.Contains(key))
            {
                found.Add($"{key.Item1}.{key.Item2}.{key.Item3}");
            }
        }
        return found;
    }
}
