using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Analyses;

internal static class AnalysisHttp
{
    public const string Analyses = "/v1/analyses";
    public const string AhpWeights = "/v1/weights/ahp";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.PostAsJsonAsync(url, body);

    /// Asserts 200 and answers the body, every number in it finite (NaN or Infinity, even quoted, would fail here).
    public static async Task<JsonObject> ShouldBeOkAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, text);
        var body = JsonNode.Parse(text)!.AsObject();
        body.Numbers().ShouldAllBe(x => double.IsFinite(x));
        return body;
    }

    public static JsonArray Ranking(this JsonObject analysis) => analysis["ranking"]!.AsArray();

    public static string[] Order(this JsonObject analysis) =>
        [.. analysis.Ranking().Select(entry => (string)entry!["alternative"]!)];

    public static double Score(this JsonObject analysis, string alternative) =>
        (double)analysis.Ranking().Single(entry => (string)entry!["alternative"]! == alternative)!["score"]!;

    public static JsonObject Entry(this JsonObject analysis, string alternative) =>
        analysis.Ranking().Single(entry => (string)entry!["alternative"]! == alternative)!.AsObject();

    public static double Weight(this JsonObject analysis, string criterion) => (double)analysis["weights"]![criterion]!;

    /// Every number anywhere in the body.
    public static IEnumerable<double> Numbers(this JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(pair => pair.Value.Numbers()),
        JsonArray a => a.SelectMany(item => item.Numbers()),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => [v.GetValue<double>()],
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String
                         && v.GetValue<string>() is "NaN" or "Infinity" or "-Infinity" => [double.NaN],
        _ => [],
    };

    /// A request body: criteria as (id, benefit), alternatives as rows of raw values in criteria order.
    public static JsonObject Matrix(
        (string Id, bool Benefit)[] criteria, (string Id, double[] Values)[] alternatives,
        double[]? weights = null, string? method = null)
    {
        var body = new JsonObject
        {
            ["criteria"] = new JsonArray([.. criteria.Select(c => new JsonObject { ["id"] = c.Id, ["benefit"] = c.Benefit })]),
            ["alternatives"] = new JsonArray([.. alternatives.Select(a => new JsonObject
            {
                ["id"] = a.Id,
                ["scores"] = new JsonObject(criteria.Select((c, j) => KeyValuePair.Create(c.Id, (JsonNode?)a.Values[j]))),
            })]),
        };
        if (weights is not null)
        {
            body["weights"] = new JsonObject(criteria.Select((c, j) => KeyValuePair.Create(c.Id, (JsonNode?)weights[j])));
        }

        if (method is not null)
        {
            body["method"] = method;
        }

        return body;
    }
}
