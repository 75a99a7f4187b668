using System.Text;

namespace PolicingModel.Serialization;

// RFC 6901 JSON Pointers: how errors and validation problems say where, so a client can point at the member.
internal static class JsonPointer
{
    internal static string Check(string pointer)
    {
        Preconditions.CheckNotNull(pointer);
        Preconditions.CheckArgument(pointer.Length == 0 || pointer[0] == '/', nameof(pointer), $"{nameof(pointer)} must be a JSON Pointer: empty, or starting with '/'.");
        return pointer;
    }

    // "/" and the member name with "~" and "/" escaped as the RFC requires.
    internal static string Member(string name) =>
        "/" + (name.Contains('~') || name.Contains('/') ? name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal) : name);

    internal static string Index(int index) => "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // System.Text.Json's JSON path ($.a[0]['b.c']) as a pointer (/a/0/b.c); empty for null or "$".
    internal static string FromJsonPath(string? path)
    {
        if (path is null || path.Length <= 1 || path[0] != '$')
        {
            return "";
        }
        var pointer = new StringBuilder();
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                pointer.Append(Member(path[(i + 1)..end]));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                pointer.Append(Member(path[(i + 2)..end]));
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                pointer.Append('/').Append(path, i + 1, end - i - 1);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }
        return pointer.ToString();
    }
}
