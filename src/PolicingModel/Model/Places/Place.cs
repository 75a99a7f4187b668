namespace PolicingModel;

/// <summary>
/// Where something happened or where someone lives, known as precisely as the source allows: "an address in South
/// Norwood" and "a man from South Norwood" are both a <see cref="PlacePrecision.Locality"/> in Croydon; "from Chatham,
/// Kent" is a locality in the Kent force area; "in Kensington and Chelsea" is a borough.
/// </summary>
/// <remarks>
/// Build places with the static factories. Value equality over all members. <see cref="ToString"/> never prints a
/// postal address.
/// </remarks>
public sealed record Place
{
    private Place(PlacePrecision precision, PostalAddress? address, string? locality, LondonBorough? borough, PoliceForce force)
    {
        Precision = precision;
        Address = address;
        Locality = locality;
        Borough = borough;
        Force = force;
    }

    /// <summary>How precisely the place is known.</summary>
    public PlacePrecision Precision { get; }

    /// <summary>The postal address, when known (only for <see cref="PlacePrecision.Address"/>).</summary>
    public PostalAddress? Address { get; }

    /// <summary>The locality (neighbourhood, town or village), when known.</summary>
    public string? Locality { get; }

    /// <summary>The London borough, when the place is in London and the borough is known.</summary>
    public LondonBorough? Borough { get; }

    /// <summary>The police force area the place is in; always known.</summary>
    public PoliceForce Force { get; }

    /// <summary>A postal address.</summary>
    /// <param name="address">The address.</param>
    /// <param name="force">The force area it is in.</param>
    /// <param name="locality">Its locality, if known.</param>
    /// <param name="borough">Its London borough, if in London.</param>
    /// <exception cref="ArgumentException">A missing address, an unset force, or a borough with a force other than the Metropolitan or City of London Police.</exception>
    public static Place AtAddress(PostalAddress address, PoliceForce force, string? locality = null, LondonBorough? borough = null) =>
        Create(PlacePrecision.Address, Preconditions.CheckNotNull(address), Preconditions.CheckNullOrNotBlank(locality), borough, force);

    /// <summary>A named locality in a London borough, such as South Norwood in Croydon.</summary>
    /// <param name="locality">The locality's name.</param>
    /// <param name="borough">The borough it is in.</param>
    /// <exception cref="ArgumentException">A blank name or undefined borough.</exception>
    public static Place InLondon(string locality, LondonBorough borough) =>
        Create(PlacePrecision.Locality, null, Preconditions.CheckNotBlank(locality), borough, ForceFor(borough));

    /// <summary>A named locality outside London, such as Chatham in Kent.</summary>
    /// <param name="locality">The locality's name.</param>
    /// <param name="force">The force area it is in.</param>
    /// <exception cref="ArgumentException">A blank name or unset force.</exception>
    public static Place InLocality(string locality, PoliceForce force) =>
        Create(PlacePrecision.Locality, null, Preconditions.CheckNotBlank(locality), null, force);

    /// <summary>A whole London borough.</summary>
    /// <param name="borough">The borough.</param>
    /// <exception cref="ArgumentException">An undefined borough.</exception>
    public static Place InBorough(LondonBorough borough) =>
        Create(PlacePrecision.Borough, null, null, borough, ForceFor(borough));

    /// <summary>Only the force area is known.</summary>
    /// <param name="force">The force area.</param>
    /// <exception cref="ArgumentException">An unset force.</exception>
    public static Place InForceArea(PoliceForce force) => Create(PlacePrecision.ForceArea, null, null, null, force);

    /// <summary>
    /// The general factory used by readers of stored data; prefer the named factories in code.
    /// </summary>
    /// <param name="precision">How precisely the place is known.</param>
    /// <param name="address">The address (required for, and only allowed with, <see cref="PlacePrecision.Address"/>).</param>
    /// <param name="locality">The locality (required for <see cref="PlacePrecision.Locality"/>).</param>
    /// <param name="borough">The London borough (required for <see cref="PlacePrecision.Borough"/>).</param>
    /// <param name="force">The force area.</param>
    /// <exception cref="ArgumentException">The parts do not fit the precision, or a borough is given with a force that does not police London.</exception>
    public static Place Create(PlacePrecision precision, PostalAddress? address, string? locality, LondonBorough? borough, PoliceForce force)
    {
        Preconditions.CheckDefined(precision);
        Preconditions.CheckDefinedNotDefault(force);
        Preconditions.CheckNullOrNotBlank(locality);
        if (borough is { } b)
        {
            Preconditions.CheckDefinedNotDefault(b, nameof(borough));
            Preconditions.CheckArgument(
                force is PoliceForce.Metropolitan or PoliceForce.CityOfLondon or PoliceForce.BritishTransportPolice,
                nameof(force),
                $"{nameof(force)} must be a force that polices London when a borough is given; {force} does not.");
        }
        Preconditions.CheckArgument(
            (precision == PlacePrecision.Address) == (address is not null),
            nameof(address),
            $"{nameof(address)} is required for, and only allowed with, precision {PlacePrecision.Address}.");
        Preconditions.CheckArgument(
            precision != PlacePrecision.Locality || locality is not null,
            nameof(locality),
            $"{nameof(locality)} is required with precision {PlacePrecision.Locality}.");
        Preconditions.CheckArgument(
            precision != PlacePrecision.Borough || (borough is not null && locality is null),
            nameof(borough),
            $"{nameof(borough)} is required, and a locality not allowed, with precision {PlacePrecision.Borough}.");
        Preconditions.CheckArgument(
            precision != PlacePrecision.ForceArea || (borough is null && locality is null),
            nameof(precision),
            $"A place known only to {PlacePrecision.ForceArea} precision cannot name a locality or borough.");
        return new Place(precision, address, locality, borough, force);
    }

    /// <summary>The police force for a borough: the City of London has its own force, the rest are policed by the Met.</summary>
    /// <param name="borough">The borough.</param>
    public static PoliceForce ForceFor(LondonBorough borough) =>
        Preconditions.CheckDefinedNotDefault(borough) == LondonBorough.CityOfLondon ? PoliceForce.CityOfLondon : PoliceForce.Metropolitan;

    /// <summary>True when this place lies within <paramref name="area"/> as far as both are known (same force; same borough and locality where <paramref name="area"/> names them).</summary>
    /// <param name="area">The wider (or equal) area.</param>
    public bool IsWithin(Place area)
    {
        Preconditions.CheckNotNull(area);
        if (Force != area.Force)
        {
            return false;
        }
        if (area.Borough is { } borough && Borough != borough)
        {
            return false;
        }
        return area.Locality is null || string.Equals(Locality, area.Locality, StringComparison.OrdinalIgnoreCase);
    }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // Hand-written so that an address, which is personal data, is never printed.
        builder.Append("Precision = ").Append(Precision);
        if (Address is not null)
        {
            builder.Append(", Address = redacted");
        }
        if (Locality is not null)
        {
            builder.Append(", Locality = ").Append(Locality);
        }
        if (Borough is not null)
        {
            builder.Append(", Borough = ").Append(Borough);
        }
        builder.Append(", Force = ").Append(Force);
        return true;
    }
}
