using System.Globalization;

namespace PolicingModel.Tests.Determinism;

/// <summary>Runs code under a given current culture and UI culture, restoring both afterwards.</summary>
internal static class CultureScope
{
    /// <summary>Cultures that break naive formatting: Turkish casing (I/ı), Arabic digits and calendar, French separators.</summary>
    internal static readonly string[] Hostile = ["tr-TR", "ar-SA", "fr-FR"];

    internal static T Run<T>(string culture, Func<T> action)
    {
        CultureInfo previous = CultureInfo.CurrentCulture, previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
