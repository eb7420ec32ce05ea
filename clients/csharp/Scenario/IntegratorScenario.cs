using VendorAdvisor.Client;

/// Tenant and keys, create, read with ETag, PATCH one field, issue (and retry idempotently), history, what-if,
/// replay, the audit feed as an auditor, and the error paths read as typed problem details.
internal sealed class IntegratorScenario(Uri baseUrl, string systemAdminKey, Steps steps)
{
    private readonly string tenantId = "t-client-" + Guid.NewGuid().ToString("N")[..12];
    private VendorAdvisorClient consultant = null!;
    private VendorAdvisorClient auditor = null!;
    private string consultantKey = "";
    private Guid profileId;
    private string etag = "";
    private ProfileResponse created = null!;
    private RecommendationResponse recommendation = null!;

    public async Task RunAsync()
    {
        var admin = new VendorAdvisorClient(Expect.Client(baseUrl, systemAdminKey));
        await steps.Run("tenant and keys", async () =>
        {
            var tenant = await admin.CreateTenantAsync(new CreateTenantRequest { Id = tenantId, Name = "Client check " + tenantId });
            Expect.Equal(201, tenant.StatusCode, "create tenant");
            var consultantKeyResponse = await admin.CreateApiKeyAsync(tenantId, new CreateApiKeyRequest { Name = "integrator (consultant)", Role = KeyRole.Consultant });
            var auditorKeyResponse = await admin.CreateApiKeyAsync(tenantId, new CreateApiKeyRequest { Name = "integrator (auditor)", Role = KeyRole.Auditor });
            Expect.Equal(KeyRole.Auditor, auditorKeyResponse.Result.Role, "auditor role");
            consultantKey = consultantKeyResponse.Result.Key;
            consultant = new VendorAdvisorClient(Expect.Client(baseUrl, consultantKey));
            auditor = new VendorAdvisorClient(Expect.Client(baseUrl, auditorKeyResponse.Result.Key));
            Expect.Equal("consultant", (await consultant.WhoAmIAsync()).Result.Role, "who am I");
        });

        await steps.Run("create a profile: 201 with Location and ETag", async () =>
        {
            var response = await consultant.CreateProfileAsync(null, new CreateProfileRequest
            {
                Name = "Global pharmaceutical group",
                Sector = Sector.Pharmaceuticals,
                Origin = Origin.Multinational,
                Regions = [Region.MainlandChina, Region.Global],
                ExistingClouds = [CloudProvider.Aws],
                DataCategories = [DataCategory.PersonalInformation, DataCategory.ImportantData],
                CrossBorderTransfer = true,
                LatencySensitivity = Sensitivity.Low,
                GeopoliticalRiskSensitivity = Sensitivity.High,
            });
            Expect.Equal(201, response.StatusCode, "status");
            created = response.Result;
            profileId = created.Id;
            Expect.Equal($"/v1/profiles/{profileId}", Expect.Header(response, "Location"), "Location");
            Expect.Equal("\"1\"", Expect.Header(response, "ETag"), "ETag");
            Expect.Equal(Sensitivity.Medium, created.Profile.PriceSensitivity, "an unset sensitivity takes the server's default");
        });

        await steps.Run("read it with its ETag", async () =>
        {
            var read = await consultant.GetProfileAsync(profileId, null, null);
            etag = Expect.Header(read, "ETag");
            Expect.Equal("\"1\"", etag, "ETag");
            Expect.Equal(Origin.Multinational, read.Result.Profile.Origin, "origin");
        });

        await steps.Run("PATCH one field: nothing else changes", async () =>
        {
            var patched = await consultant.UpdateProfileAsync(profileId, etag, new UpdateProfileRequest { PriceSensitivity = Sensitivity.High });
            var (before, after) = (created.Profile, patched.Result.Profile);
            Expect.Equal(Sensitivity.High, after.PriceSensitivity, "priceSensitivity");
            Expect.Equal(before.Name, after.Name, "name");
            Expect.Equal(before.Sector, after.Sector, "sector");
            Expect.Equal(before.Origin, after.Origin, "origin");
            Expect.Equal(before.LatencySensitivity, after.LatencySensitivity, "latencySensitivity");
            Expect.Equal(before.GeopoliticalRiskSensitivity, after.GeopoliticalRiskSensitivity, "geopoliticalRiskSensitivity");
            Expect.Equal(before.CrossBorderTransfer, after.CrossBorderTransfer, "crossBorderTransfer");
            Expect.Equal(before.ConsumerPaymentsInChina, after.ConsumerPaymentsInChina, "consumerPaymentsInChina");
            Expect.That(before.Regions.SequenceEqual(after.Regions), "regions");
            Expect.That(before.ExistingClouds.SequenceEqual(after.ExistingClouds), "existingClouds");
            Expect.That(before.DataCategories.SequenceEqual(after.DataCategories), "dataCategories");
            etag = Expect.Header(patched, "ETag");
            Expect.Equal("\"2\"", etag, "new ETag");
        });

        await steps.Run("issue a recommendation, and retry it idempotently", async () =>
        {
            var key = Guid.NewGuid().ToString();
            var first = await consultant.IssueRecommendationAsync(profileId, key, null);
            Expect.Equal(201, first.StatusCode, "status");
            recommendation = first.Result;
            Expect.That(recommendation.Ranking.Count > 0, "a ranking");
            Expect.That(recommendation.Hash.Length == 64, "a hash");
            var retry = await consultant.IssueRecommendationAsync(profileId, key, null);
            Expect.Equal("true", Expect.Header(retry, "Idempotent-Replayed"), "Idempotent-Replayed");
            Expect.Equal(recommendation.Id, retry.Result.Id, "the same recommendation");
            Expect.Equal(recommendation.Id, (await consultant.GetRecommendationAsync(recommendation.Id)).Result.Id, "read back");
        });

        await steps.Run("history of the profile (auditor)", async () =>
        {
            var events = (await auditor.ReadProfileEventsAsync(profileId, null, null)).Result.Items.ToList();
            Expect.That(events.Count >= 3, $"created, changed, issued: got {events.Count}");
            Expect.That(events.All(item => item.StreamId == profileId), "one stream");
            Expect.That(events.Any(item => item.Actor == "integrator (consultant)"), "the actor is the key's name");
        });

        await steps.Run("what-if without storing", async () =>
        {
            var whatIf = await consultant.EvaluateProfileAsync(new EvaluateProfileRequest
            {
                Name = "What if it were domestic",
                Sector = Sector.Pharmaceuticals,
                Origin = Origin.Domestic,
                Samples = 500,
            });
            Expect.Equal(4, whatIf.Result.Ranking.Count + whatIf.Result.Excluded.Count, "four vendors ranked or excluded");
            var list = await consultant.ListRecommendationsAsync(profileId, null, null);
            Expect.Equal(1, list.Result.Items.Count, "nothing stored");
        });

        await steps.Run("portfolio impact of a proposed override, read as JSON", async () =>
        {
            // The operation can also answer NDJSON; the generated client asks for JSON and must get it at any size.
            var impact = await consultant.AssessPortfolioImpactAsync(new PortfolioImpactRequest
            {
                Overrides = [new ProposedAssessment { Vendor = "tencent-cloud", Criterion = "latency", Score = 2 }],
            });
            Expect.Equal(1, impact.Result.Totals.Profiles, "the one active profile re-scored");
            Expect.That(impact.Result.Complete, "every changed profile listed");
        });

        await steps.Run("replay the recommendation (auditor)", async () =>
        {
            var replay = await auditor.ReplayRecommendationAsync(recommendation.Id);
            Expect.That(replay.Result.Identical, "identical");
        });

        await steps.Run("audit feed (auditor)", async () =>
        {
            var feed = await auditor.ReadAuditFeedAsync(null, 100, null, null, profileId, null, null);
            Expect.That(feed.Result.Items.Count >= 3, "the profile's events in the tenant feed");
        });

        await steps.Run("400 reads as a validation problem naming the field", async () =>
        {
            var problem = await Expect.Problem<ValidationProblemDetails>(400, () => consultant.CreateProfileAsync(null,
                new CreateProfileRequest { Name = " ", Sector = Sector.Retail, Origin = Origin.Domestic }));
            Expect.That(problem.Errors.Any(error => error.Name == "name"), "errors name 'name'");
            Expect.That(!string.IsNullOrEmpty(problem.TraceId), "a trace id");
        });

        await steps.Run("404 reads as a problem", async () =>
        {
            var problem = await Expect.Problem<ProblemDetails>(404, () => consultant.GetProfileAsync(Guid.NewGuid(), null, null));
            Expect.Equal(404, problem.Status, "status in the body");
        });

        await steps.Run("412 on a stale ETag", async () =>
        {
            var problem = await Expect.Problem<ProblemDetails>(412, () =>
                consultant.UpdateProfileAsync(profileId, "\"1\"", new UpdateProfileRequest { Description = "stale" }));
            // The current ETag: the PATCH made it "2", and the recommendation issued since (the body counts it) "3".
            Expect.That(problem.Detail?.Contains("\"3\"", StringComparison.Ordinal) == true, "names the current version");
        });

        await steps.Run("428 without If-Match", async () =>
        {
            await Expect.Problem<ProblemDetails>(428, () =>
                consultant.UpdateProfileAsync(profileId, null, new UpdateProfileRequest { Description = "blind" }));
        });

        await steps.Run("429 with Retry-After once the key's allowance is spent", async () =>
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                try
                {
                    await consultant.WhoAmIAsync();
                }
                catch (ApiException<ProblemDetails> problem) when (problem.StatusCode == 429)
                {
                    Expect.That(problem.Headers.ContainsKey("Retry-After"), "Retry-After");
                    return;
                }
            }
            throw new InvalidOperationException("no 429 after 500 requests");
        });
    }
}
