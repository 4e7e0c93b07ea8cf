using System.Globalization;
using HostingApi.Core.Operations;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The dashboard's "set a policy" form: one policy (the default, or one type's) changed in a copy of
/// the current document, which then replaces it whole, as <c>PUT /_emulator/policies</c> does.
/// </summary>
public static class PolicyForm
{
    public static OperationQueueOptions Apply(OperationQueueOptions current, IFormCollection form)
    {
        var type = form["type"].ToString().Trim();
        if (type.Length > 0 && !OperationTypes.All.Contains(type))
        {
            throw new FormatException($"unknown operation type '{type}'");
        }

        if (!Enum.TryParse<OperationMode>(form["mode"].ToString(), ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            throw new FormatException($"mode: one of {string.Join(", ", Enum.GetNames<OperationMode>())}");
        }

        var policy = new OperationPolicy
        {
            Mode = mode,
            WaitSeconds = Number(form, "wait_seconds", 1, 0, 86_400 * 365),
            RunSeconds = Number(form, "run_seconds", 10, 0, 86_400 * 365),
            Polls = (int)Number(form, "polls", 1, 1, 1_000_000),
        };
        var next = new OperationQueueOptions { Default = current.Default, Types = new(current.Types) };
        if (type.Length == 0)
        {
            next.Default = policy;
        }
        else
        {
            next.Types[type] = policy;
        }

        return next;
    }

    private static double Number(IFormCollection form, string name, double fallback, double min, double max)
    {
        var text = form[name].ToString().Trim();
        if (text.Length == 0)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException($"{name}: a number from {min} to {max}");
    }
}
