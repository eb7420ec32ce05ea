using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Platform;

/// An operation's tag is its folder's area, except where the document has always grouped it with another area:
/// moving an endpoint between folders must not move it in the document.
[Collection(ApiTests.Name)]
public sealed class OpenApiTagTests(ApiFixture api)
{
    [Theory]
    [InlineData("/v1/recommendations/{recommendationId}/replay", "post", "Audit")]
    [InlineData("/v1/recommendations/{recommendationId}", "get", "Recommendations")]
    [InlineData("/v1/profiles/{profileId}/judgments", "post", "Team")]
    public async Task Operations_keep_their_tags(string path, string verb, string tag)
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/swagger/v1/swagger.json"))!;

        var tags = document["paths"]![path]![verb]!["tags"]!.AsArray().Select(t => (string)t!).ToList();

        tags.ShouldBe([tag]);
    }
}
