using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Profiles;

/// A profile's ETag is its stream's version: the one value a client sends in If-None-Match (304 while the
/// profile is unchanged) and in If-Match (to change it while the client's data is unchanged).
[Collection(ApiTests.Name)]
public sealed class ProfileConditionalGetTests(ApiFixture api)
{
    private static HttpRequestMessage Get(string url, params string[] ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var value in ifNoneMatch) request.Headers.TryAddWithoutValidation("If-None-Match", value);
        return request;
    }

    private static HttpRequestMessage Patch(Guid id, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/v1/profiles/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static async Task ShouldBeNotModifiedAsync(HttpResponseMessage response, string etag)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        response.Headers.ETag!.Tag.ShouldBe(etag);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_profile_answers_304_to_its_etag_then_200_with_a_new_etag_after_a_patch()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, created) = await ProfileTests.CreateAsync(client);
        var url = $"/v1/profiles/{id}";

        var first = await client.GetAsync(url);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldBe(created);
        first.Headers.ETag.IsWeak.ShouldBeFalse("the version names one representation exactly");
        await ShouldBeNotModifiedAsync(await client.SendAsync(Get(url, created)), created);

        var patched = await client.SendAsync(Patch(id, new { name = "Renamed" }, created));
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        var now = patched.Headers.ETag!.Tag;
        now.ShouldBe("\"2\"");

        var fresh = await client.SendAsync(Get(url, created));
        fresh.StatusCode.ShouldBe(HttpStatusCode.OK);
        fresh.Headers.ETag!.Tag.ShouldBe(now);
        ((string)(await fresh.Content.ReadFromJsonAsync<JsonObject>())!["profile"]!["name"]!).ShouldBe("Renamed");
        await ShouldBeNotModifiedAsync(await client.SendAsync(Get(url, now)), now);
    }

    [Fact]
    public async Task A_recommendation_moves_the_etag_so_pollers_see_it_while_if_match_with_the_older_etag_still_passes()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, created) = await ProfileTests.CreateAsync(client);
        var url = $"/v1/profiles/{id}";
        (await client.PostAsJsonAsync($"{url}/recommendations", new { samples = 0 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var polled = await client.SendAsync(Get(url, created));
        polled.StatusCode.ShouldBe(HttpStatusCode.OK, "the body now counts a recommendation: a 304 would hide it");
        var afterRecommendation = polled.Headers.ETag!.Tag;
        afterRecommendation.ShouldBe("\"2\"");
        var body = (await polled.Content.ReadFromJsonAsync<JsonObject>())!;
        ((int)body["recommendations"]!).ShouldBe(1);
        ((long)body["version"]!).ShouldBe(1, "the client's data is as it was created");

        // Both tags name a version since which the client's data has not changed: either lets a PATCH through.
        var patched = await client.SendAsync(Patch(id, new { priceSensitivity = "low" }, created));
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        patched.Headers.ETag!.Tag.ShouldBe("\"3\"");
        var stale = await client.SendAsync(Patch(id, new { name = "Too late" }, afterRecommendation));
        (await stale.ShouldBeProblemAsync(412))["detail"]!.ToString().ShouldContain("\"3\"");
    }

    [Fact]
    public async Task A_team_judgement_leaves_the_profile_as_shown_and_its_etag_alone()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, created) = await ProfileTests.CreateAsync(client);
        var before = await (await client.GetAsync($"/v1/profiles/{id}")).Content.ReadAsStringAsync();
        double[] weights = [4, 4, 2, 2, 1, 1];
        var judged = await client.PostAsJsonAsync($"/v1/profiles/{id}/judgments",
            new { pairwise = weights.Select(a => weights.Select(b => a / b).ToArray()).ToArray() });
        judged.StatusCode.ShouldBe(HttpStatusCode.Created, await judged.Content.ReadAsStringAsync());

        (await (await client.GetAsync($"/v1/profiles/{id}")).Content.ReadAsStringAsync()).ShouldBe(before, "the judgement is not part of the profile's body");
        await ShouldBeNotModifiedAsync(await client.SendAsync(Get($"/v1/profiles/{id}", created)), created);
        var patched = await client.SendAsync(Patch(id, new { name = "After the judgement" }, created));
        patched.StatusCode.ShouldBe(HttpStatusCode.OK);
        patched.Headers.ETag!.Tag.ShouldBe("\"3\"", "the stream's version, past the judgement");
    }

    public static TheoryData<string[], bool> IfNoneMatchForms => new()
    {
        { ["\"1\""], true },
        { ["W/\"1\""], true },               // If-None-Match compares weakly (RFC 9110 13.1.2)
        { ["*"], true },                     // any current representation
        { ["\"7\", W/\"1\""], true },         // a list matches when one member does
        { ["\"7\"", "\"1\""], true },         // the list split over two header lines
        { ["\"7\", W/\"8\""], false },
        { ["\"01\""], false },               // entity tags are opaque: compared as strings, not numbers
        { ["1"], false },                    // not an entity tag: the condition is ignored
    };

    [Theory]
    [MemberData(nameof(IfNoneMatchForms))]
    public async Task If_none_match_follows_rfc_9110_weak_comparison_lists_and_star(string[] ifNoneMatch, bool notModified)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, _) = await ProfileTests.CreateAsync(client);

        var response = await client.SendAsync(Get($"/v1/profiles/{id}", ifNoneMatch));

        response.StatusCode.ShouldBe(notModified ? HttpStatusCode.NotModified : HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Time_travel_reads_answer_304_to_the_etag_of_the_version_they_show()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var (id, created) = await ProfileTests.CreateAsync(client);
        var url = $"/v1/profiles/{id}";
        var atCreation = (await client.GetFromJsonAsync<JsonObject>(url))!["updatedAt"]!.ToString();
        (await client.SendAsync(Patch(id, new { name = "Later" }, created))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var byVersion = await client.GetAsync($"{url}?version=1");
        byVersion.Headers.ETag!.Tag.ShouldBe(created);
        await ShouldBeNotModifiedAsync(await client.SendAsync(Get($"{url}?version=1", created)), created);
        await ShouldBeNotModifiedAsync(await client.SendAsync(Get($"{url}?asOf={Uri.EscapeDataString(atCreation)}", created)), created);
        (await client.SendAsync(Get($"{url}?version=2", created))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.SendAsync(Get(url, created))).Headers.ETag!.Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task If_none_match_star_on_a_profile_that_does_not_exist_is_404_problem_json()
    {
        var (_, client) = await api.TenantClientAsync("consultant");

        await (await client.SendAsync(Get($"/v1/profiles/{Guid.CreateVersion7()}", "*"))).ShouldBeProblemAsync(404);
    }
}
