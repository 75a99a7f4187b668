namespace PolicingModel;

/// <summary>A unit within a force, such as the Met's Violent Crime Taskforce or the Territorial Support Group.</summary>
/// <remarks>Value equality over all members.</remarks>
public sealed record PolicingUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="force">The force it belongs to.</param>
    /// <param name="name">Its name, such as "Violent Crime Taskforce".</param>
    /// <param name="bcu">The Basic Command Unit, when the unit is one (Metropolitan Police only).</param>
    /// <param name="takesArticle">
    /// True when a sentence names the unit with "the" ("officers from the Violent Crime Taskforce"); false for names
    /// that stand alone ("Operation Nightjar", "Project Adder", "Kent Police's Tactical Operations").
    /// </param>
    /// <exception cref="ArgumentException">Unset force, blank name, or a BCU for a force other than the Met.</exception>
    public PolicingUnit(PoliceForce force, string name, BasicCommandUnit? bcu = null, bool takesArticle = true)
    {
        TakesArticle = takesArticle;
        Force = Preconditions.CheckDefinedNotDefault(force);
        Name = Preconditions.CheckNotBlank(name);
        if (bcu is { } unit)
        {
            Preconditions.CheckDefinedNotDefault(unit, nameof(bcu));
            Preconditions.CheckArgument(force == PoliceForce.Metropolitan, nameof(bcu), $"{nameof(bcu)} applies only to the Metropolitan Police.");
        }
        Bcu = bcu;
    }

    /// <summary>The force the unit belongs to.</summary>
    public PoliceForce Force { get; }

    /// <summary>True when a sentence names the unit with "the".</summary>
    public bool TakesArticle { get; }

    /// <summary>
    /// The unit as a sentence names it: "the Violent Crime Taskforce", "Operation Nightjar" (no article is added when
    /// <see cref="TakesArticle"/> is false or the name already starts with "the").
    /// </summary>
    public string DisplayName =>
        TakesArticle && !Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? "the " + Name : Name;

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The Basic Command Unit, when the unit is one.</summary>
    public BasicCommandUnit? Bcu { get; }
}
