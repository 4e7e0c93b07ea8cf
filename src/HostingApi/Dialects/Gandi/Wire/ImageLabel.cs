namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>
/// An image's <c>system</c> and <c>version</c> (2018 members), read off its label as Gandi wrote them:
/// "Debian 9 64 bits (HVM)" is system "Debian", version "9"; "Ubuntu 14.04 64 bits LTS (HVM)" is
/// "Ubuntu", "14.04". The words before the first one starting with a digit are the system; that
/// word is the version ("" when there is none).
/// </summary>
public static class ImageLabel
{
    public static string System(string label)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => char.IsAsciiDigit(w[0]));
        return string.Join(' ', first < 0 ? words : words[..first]);
    }

    public static string Version(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => char.IsAsciiDigit(w[0])) ?? "";
}
