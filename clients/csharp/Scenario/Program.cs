// An integrator's scenario, run against a live API with a client generated from its OpenAPI document and
// used as generated: no edits, only the documented extension points (a partial method, the HttpClient).
//   Scenario.<variant> <base url> <system administrator key>
// Prints one line per step ("ok  ..." or "FAIL ...") and, last, "<variant>: N passed, N failed".
using System.Net.Http.Headers;
using VendorAdvisor.Client;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Scenario <base url> <system administrator key>");
    return 2;
}
#if SYSTEMTEXTJSON
const string Variant = "csharp-system-text-json";
#else
const string Variant = "csharp-newtonsoft";
#endif
var steps = new Steps(Variant);
await new IntegratorScenario(new Uri(args[0]), args[1], steps).RunAsync();
return steps.Report();

#if SYSTEMTEXTJSON
namespace VendorAdvisor.Client
{
    public partial class VendorAdvisorClient
    {
        // NSwag leaves enums inside arrays (regions, existingClouds...) without a converter under System.Text.Json;
        // one converter for all of them reads and writes the names the generated enums declare.
        static partial void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) =>
            settings.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
    }
}
#endif

/// Counts the scenario's checks; a failed step is reported, not thrown, so one run shows every failure.
internal sealed class Steps(string name)
{
    private int passed;
    private int failed;

    public async Task Run(string step, Func<Task> body)
    {
        try
        {
            await body();
            passed++;
            Console.WriteLine($"ok   {step}");
        }
        catch (Exception exception)
        {
            failed++;
            Console.WriteLine($"FAIL {step}: {exception.GetType().Name}: {exception.Message.Split('\n')[0]}");
        }
    }

    public int Report()
    {
        Console.WriteLine($"{name}: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}

internal static class Expect
{
    public static void That(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException(what);
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual)) throw new InvalidOperationException($"{what}: expected {expected}, got {actual}");
    }

    public static string Header(SwaggerResponse response, string name) =>
        response.Headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault()
        ?? throw new InvalidOperationException($"no {name} header");

    /// The problem the API answered, as the generated client types it.
    public static async Task<TProblem> Problem<TProblem>(int status, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ApiException<TProblem> problem)
        {
            Equal(status, problem.StatusCode, "status");
            return problem.Result;
        }
        throw new InvalidOperationException($"expected {status}, the call succeeded");
    }

    public static HttpClient Client(Uri baseUrl, string key)
    {
        var client = new HttpClient { BaseAddress = baseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
