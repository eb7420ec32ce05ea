using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VendorAdvisor.Api.Tests.Profiles;

/// Writers racing on one profile: optimistic concurrency lets exactly one through per version, and nothing
/// is lost or recorded twice. The requests really run at the same time (Task.WhenAll over the test server).
[Collection(ApiTests.Name)]
public sealed class ConcurrencyTests(ApiFixture api)
{
    private const int Rounds = 10;

    private static object Client(string name) => new
    {
        name,
        sector = "retail",
        origin = "domestic",
        regions = new[] { "mainland-china" },
        dataCategories = new[] { "personal-information" },
        latencySensitivity = "medium",
        priceSensitivity = "high",
        consumerPaymentsInChina = true,
    };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static HttpRequestMessage Request(HttpMethod method, string url, object? body = null, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return request;
    }

    private sealed record Answer(HttpStatusCode Status, string Text, HttpResponseMessage Response)
    {
        public JsonObject Body => JsonNode.Parse(Text)!.AsObject();
    }

    /// Sends every request at once: all are built first, then released together.
    private static async Task<Answer[]> RaceAsync(HttpClient client, IEnumerable<HttpRequestMessage> requests)
    {
        var built = requests.ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = built.Select(async request =>
        {
            await start.Task;
            var response = await client.SendAsync(request);
            return new Answer(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        var response = await client.PostAsync("/v1/profiles", Json(Client(name)));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        return Guid.Parse((string)JsonNode.Parse(text)!["id"]!);
    }

    /// A few writers, as two consultants editing at once; and a crowd, which makes it likely that several read the
    /// same version before any commits, so that the event store's own version check (not only the If-Match
    /// comparison) decides.
    [Theory]
    [InlineData(2, 4)]
    [InlineData(10, 12)]
    public async Task Concurrent_patches_with_one_if_match_have_exactly_one_winner_per_round_and_lose_nothing(int fewest, int most)
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var profileId = await CreateAsync(client, "Racing retailer");
        var url = $"/v1/profiles/{profileId}";
        long version = 1;
        var winners = new List<(long Version, string Name, double? Price)>();

        for (var round = 1; round <= Rounds; round++)
        {
            var writers = fewest + (round % (most - fewest + 1));
            // Odd rounds change one attribute (one event); even rounds also set priorities (two events), never
            // the ones already set (latency differs every even round), so that the second event always happens.
            var twoEvents = round % 2 == 0;
            var bodies = Enumerable.Range(1, writers).Select(writer => twoEvents
                ? (object)new { name = $"Round {round} writer {writer}", priorities = new Dictionary<string, double> { ["price"] = writer % 6, ["latency"] = round / 2 } }
                : new { name = $"Round {round} writer {writer}" }).ToList();
            var ifMatch = $"\"{version}\"";

            var answers = await RaceAsync(client, bodies.Select(body => Request(HttpMethod.Patch, url, body, ifMatch)));

            answers.ShouldAllBe(answer => answer.Status == HttpStatusCode.OK || answer.Status == HttpStatusCode.PreconditionFailed,
                $"round {round}: {string.Join(" | ", answers.Select(a => $"{(int)a.Status} {a.Text}"))}");
            var won = answers.Where(answer => answer.Status == HttpStatusCode.OK).ToList();
            won.Count.ShouldBe(1, $"round {round}: exactly one writer wins ({string.Join(", ", answers.Select(a => (int)a.Status))})");
            foreach (var lost in answers.Where(answer => answer.Status != HttpStatusCode.OK))
            {
                await lost.Response.ShouldBeProblemAsync(412);
            }

            var winner = won[0].Body;
            var expected = version + (twoEvents ? 2 : 1);
            ((long)winner["version"]!).ShouldBe(expected, $"round {round}: the winner's change, and only it, was appended");
            won[0].Response.Headers.ETag!.Tag.ShouldBe($"\"{expected}\"");
            var name = (string)winner["profile"]!["name"]!;
            name.ShouldStartWith($"Round {round} writer ");
            double? price = twoEvents ? (double)winner["profile"]!["priorities"]!["price"]! : null;
            if (twoEvents) price.ShouldBe(int.Parse(name[(name.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture) % 6,
                "the winner's name and priorities come from the same request");
            winners.Add((expected, name, price));

            var current = await client.GetAsync(url);
            current.Headers.ETag!.Tag.ShouldBe($"\"{expected}\"");
            version = expected;
        }

        // Nothing lost, nothing doubled: the stream holds the creation and exactly the winners' events.
        var final = await GetAsync(client, url);
        ((long)final["version"]!).ShouldBe(1 + (Rounds / 2 * 3) + (Rounds % 2));
        ((long)final["version"]!).ShouldBe(version);
        ((string)final["profile"]!["name"]!).ShouldBe(winners[^1].Name);
        var events = await ApiFixture.StoredEventsAsync(profileId);
        events.Count.ShouldBe((int)version);
        events.Select(e => (string)e["data"]!["changes"]?["name"]!).Where(n => n is not null)
            .ShouldBe(winners.Select(w => w.Name), "each round's winner's change, in order, once");
        events.Count(e => (string)e["type"]! == "profile_priorities_set").ShouldBe(Rounds / 2);

        // Time travel shows each winner's change at its version.
        foreach (var (at, name, price) in winners)
        {
            var past = await GetAsync(client, $"{url}?version={at}");
            ((string)past["profile"]!["name"]!).ShouldBe(name);
            ((long)past["version"]!).ShouldBe(at);
            if (price is { } p) ((double)past["profile"]!["priorities"]!["price"]!).ShouldBe(p);
        }
    }

    /// Writers whose changes append one or two events race; a loser's 412 must name the version the profile is
    /// really at (the winner's), which is what it would send in If-Match next, not the version its own rejected
    /// change would have made.
    [Fact]
    public async Task A_writer_that_lost_a_race_is_told_the_version_the_profile_is_really_at()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var profileId = await CreateAsync(client, "Racing retailer");
        var url = $"/v1/profiles/{profileId}";
        long version = 1;
        var wrong = new List<string>();

        for (var round = 1; round <= Rounds; round++)
        {
            // Even writers change the name and the priorities (two events), odd writers only the name (one event).
            var bodies = Enumerable.Range(1, 10).Select(writer => writer % 2 == 0
                ? (object)new { name = $"Round {round} writer {writer}", priorities = new Dictionary<string, double> { ["price"] = round % 6, ["latency"] = writer % 6 } }
                : new { name = $"Round {round} writer {writer}" }).ToList();

            var answers = await RaceAsync(client, bodies.Select(body => Request(HttpMethod.Patch, url, body, $"\"{version}\"")));

            var won = answers.Where(answer => answer.Status == HttpStatusCode.OK).ToList();
            won.Count.ShouldBe(1, $"round {round}: {string.Join(", ", answers.Select(a => (int)a.Status))}");
            var now = (await client.GetAsync(url)).Headers.ETag!.Tag;
            now.ShouldBe(won[0].Response.Headers.ETag!.Tag);
            foreach (var lost in answers.Where(answer => answer.Status != HttpStatusCode.OK))
            {
                var detail = (string)(await lost.Response.ShouldBeProblemAsync(412))["detail"]!;
                if (!detail.Contains($"now at {now}", StringComparison.Ordinal)) wrong.Add($"round {round}, profile at {now}: {detail}");
            }
            version = (long)won[0].Body["version"]!;
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task Concurrent_recommendations_on_one_profile_all_succeed_in_turn_and_each_is_listed_once()
    {
        var (tenantId, client) = await api.TenantClientAsync("consultant");
        var auditor = api.As(await api.KeyAsync(tenantId, "auditor"));
        var profileId = await CreateAsync(client, "Busy retailer");
        var issued = new List<string>();

        for (var round = 1; round <= 5; round++)
        {
            var answers = await RaceAsync(client, Enumerable.Range(1, 4).Select(i =>
                Request(HttpMethod.Post, $"/v1/profiles/{profileId}/recommendations", new { samples = 500, seed = (ulong)(round * 10 + i) })));

            // Issuing locks the profile's stream, so concurrent requests wait their turn instead of failing.
            answers.ShouldAllBe(answer => answer.Status == HttpStatusCode.Created,
                $"round {round}: {string.Join(" | ", answers.Select(a => $"{(int)a.Status} {a.Text}"))}");
            issued.AddRange(answers.Select(answer => (string)answer.Body["id"]!));
        }

        var list = await GetAsync(client, $"/v1/profiles/{profileId}/recommendations?limit=100");
        var listed = list["items"]!.AsArray().Select(item => (string)item!["id"]!).ToList();
        listed.ShouldBe(issued, ignoreOrder: true);
        listed.Distinct().Count().ShouldBe(listed.Count);
        ((long)list["total"]!).ShouldBe(issued.Count);
        var profile = await GetAsync(client, $"/v1/profiles/{profileId}");
        ((int)profile["recommendations"]!).ShouldBe(issued.Count);
        ((long)profile["version"]!).ShouldBe(1, "recommendations leave the profile's ETag alone");
        (await ApiFixture.StoredEventsAsync(profileId)).Count.ShouldBe(1 + issued.Count);

        // Each recommendation follows exactly one other: the hash chain is unbroken.
        var verify = await GetAsync(auditor, $"/v1/audit/verify?profileId={profileId}");
        ((bool)verify["valid"]!).ShouldBeTrue(verify.ToJsonString());
    }

    [Fact]
    public async Task Concurrent_creates_with_one_idempotency_key_and_body_make_exactly_one_profile()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        const int rounds = 5;

        for (var round = 1; round <= rounds; round++)
        {
            var key = $"create-{round}-{Guid.NewGuid():N}";
            var body = Client($"Client of round {round}");

            var answers = await RaceAsync(client, Enumerable.Range(1, 4).Select(_ => Request(HttpMethod.Post, "/v1/profiles", body, idempotencyKey: key)));

            answers.ShouldAllBe(answer => answer.Status == HttpStatusCode.Created || answer.Status == HttpStatusCode.Conflict,
                $"round {round}: {string.Join(" | ", answers.Select(a => $"{(int)a.Status} {a.Text}"))}");
            var created = answers.Where(answer => answer.Status == HttpStatusCode.Created).ToList();
            created.ShouldNotBeEmpty();
            created.Select(answer => (string)answer.Body["id"]!).Distinct().Count().ShouldBe(1, $"round {round}: one profile");
            created.Count(answer => !answer.Response.Headers.Contains("Idempotent-Replayed")).ShouldBe(1, "one original, the others replays");
            foreach (var conflict in answers.Where(answer => answer.Status == HttpStatusCode.Conflict))
            {
                await conflict.Response.ShouldBeProblemAsync(409);
            }

            // A retry once all have settled replays the same answer.
            var retry = await client.SendAsync(Request(HttpMethod.Post, "/v1/profiles", body, idempotencyKey: key));
            retry.StatusCode.ShouldBe(HttpStatusCode.Created);
            retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
            var retried = JsonNode.Parse(await retry.Content.ReadAsStringAsync())!;
            ((string)retried["id"]!).ShouldBe((string)created[0].Body["id"]!);

            var list = await GetAsync(client, "/v1/profiles?includeArchived=true&limit=100");
            ((long)list["total"]!).ShouldBe(round, $"round {round}: one profile per key");
        }
    }

    [Fact]
    public async Task Concurrent_recommendations_with_one_idempotency_key_issue_exactly_one()
    {
        var (_, client) = await api.TenantClientAsync("consultant");
        var profileId = await CreateAsync(client, "Retrying retailer");
        var key = $"issue-{Guid.NewGuid():N}";
        var body = new { method = "topsis", samples = 500, seed = 3 };

        var answers = await RaceAsync(client, Enumerable.Range(1, 4).Select(_ =>
            Request(HttpMethod.Post, $"/v1/profiles/{profileId}/recommendations", body, idempotencyKey: key)));

        answers.ShouldAllBe(answer => answer.Status == HttpStatusCode.Created || answer.Status == HttpStatusCode.Conflict,
            string.Join(" | ", answers.Select(a => $"{(int)a.Status} {a.Text}")));
        var ids = answers.Where(answer => answer.Status == HttpStatusCode.Created).Select(answer => (string)answer.Body["id"]!).Distinct().ToList();
        ids.Count.ShouldBe(1);
        var list = await GetAsync(client, $"/v1/profiles/{profileId}/recommendations");
        list["items"]!.AsArray().Select(item => (string)item!["id"]!).ShouldBe(ids);
    }
}
