using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Audit;

namespace VendorAdvisor.Api.Tests.Audit;

/// Golden files: events exactly as PostgreSQL returned them (`data::text` of mt_events), checked in. They fail
/// when someone changes a stored shape or the hash of history by accident; change them only on purpose.
[Collection(ApiTests.Name)]
public sealed class StoredShapeTests(ApiFixture api)
{
    /// Hashed before hash schemes were named (no hashScheme): scheme 0, the frozen sorted-keys computation.
    private const string Scheme0Hash = "ce119c6a24707ee3c0f32cc3c3eb77fd06023634141d3e26c579d5816f0a1f48";

    /// Hashed with jcs-sha256/1. The same figure comes out of any RFC 8785 implementation given this file with its
    /// "hash" member removed (checked with an independent one when the file was made).
    private const string Scheme1Hash = "8e00ac94cab810a94fe83526c62f8c6e988434bcd76a5c1939819fdbd388323f";

    private static string Golden(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Audit", "Golden", path));

    private IDocumentStore Store => api.Factory.Services.GetRequiredService<IDocumentStore>();

    private static RecommendationIssued Read(string json) => (RecommendationIssued)FromStored(typeof(RecommendationIssued), json);

    /// Read with the options the event store is configured with (MartenSetup), as the chain check reads them.
    private static object FromStored(Type type, string json) => JsonSerializer.Deserialize(json, type, ApiJson.Options)!;

    [Fact]
    public void A_recommendation_stored_before_hash_schemes_still_verifies_with_its_hash()
    {
        var issued = Read(Golden("recommendation_issued.scheme0.json"));

        issued.HashScheme.ShouldBeNull();
        issued.Hash.ShouldBe(Scheme0Hash);
        issued.ComputeHash().ShouldBe(Scheme0Hash);
    }

    /// Issued and stored by the API just before hash schemes were named, with the members added last on that version:
    /// the team's weights and VIKOR's v in the options, the VIKOR block in the result. Scheme 0 hashed them too.
    [Theory]
    [InlineData("recommendation_issued.scheme0.team-vikor.json", "11e31f101c45e5aeb2b7d6556b2edbba5ca5c19dc982bbc2cec8ce293d2fb387")]
    [InlineData("recommendation_issued.scheme0.vikor.json", "a7ba1b8bf32f0c08ea6b99922e31702482f874f3e3543908cf1a5ef1cba35846")]
    public void The_last_recommendations_stored_before_hash_schemes_still_verify(string file, string hash)
    {
        var issued = Read(Golden(file));

        issued.HashScheme.ShouldBeNull();
        issued.Options.VikorV.ShouldNotBeNull();
        issued.Hash.ShouldBe(hash);
        issued.ComputeHash().ShouldBe(hash);
    }

    [Fact]
    public void A_recommendation_hashed_with_jcs_verifies_with_its_hash()
    {
        var issued = Read(Golden("recommendation_issued.scheme1.json"));

        issued.HashScheme.ShouldBe(AuditHash.JcsSha256V1);
        issued.Hash.ShouldBe(Scheme1Hash);
        issued.ComputeHash().ShouldBe(Scheme1Hash);
    }

    [Fact]
    public void The_jcs_hash_is_the_hash_of_the_stored_document_itself()
    {
        // What makes the hash independent of the API's JSON options: it covers the canonical form of the stored
        // JSON, which any RFC 8785 implementation can rebuild without this code.
        var stored = JsonNode.Parse(Golden("recommendation_issued.scheme1.json"))!.AsObject();
        stored.Remove("hash");

        var canonical = JsonCanonicalizer.Canonicalize(stored.ToJsonString());

        AuditHash.JcsBytes(Read(Golden("recommendation_issued.scheme1.json")), "hash").ShouldBe(canonical);
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(canonical)).ShouldBe(Scheme1Hash);
    }

    [Theory]
    [InlineData("recommendation_issued.scheme0.json")]
    [InlineData("recommendation_issued.scheme1.json")]
    public void Changing_one_stored_digit_breaks_the_hash(string file)
    {
        var text = Golden(file);
        var altered = text.Replace("\"score\": 0.8461538461538463", "\"score\": 0.8461538461538464", StringComparison.Ordinal);
        altered.ShouldNotBe(text);

        var issued = Read(altered);

        issued.ComputeHash().ShouldNotBe(issued.Hash);
    }

    [Fact]
    public void A_hash_scheme_this_version_does_not_know_is_not_checked_as_another()
    {
        var issued = Read(Golden("recommendation_issued.scheme1.json")) with { HashScheme = "jcs-sha512/9" };

        issued.ComputeHash().ShouldBeNull();
    }

    [Fact]
    public void Every_stored_event_type_has_a_golden_file_that_reads_back_to_the_same_content()
    {
        var serializer = Store.Options.Serializer();
        // Ours only: Marten's own (archived, tombstone) are its business.
        var types = Store.Options.Events.AllKnownEventTypes().Where(t => t.EventType.Assembly == typeof(Program).Assembly).ToList();
        types.Count.ShouldBeGreaterThan(10);

        foreach (var type in types)
        {
            var path = Path.Combine("events", type.EventTypeName + ".json");
            File.Exists(Path.Combine(AppContext.BaseDirectory, "Audit", "Golden", path)).ShouldBeTrue($"no golden file for {type.EventTypeName}");
            var stored = Golden(path);

            var read = FromStored(type.EventType, stored);
            var written = serializer.ToJson(read);

            // Same data, whatever the member order and spacing: nothing stored was dropped, renamed or reshaped.
            Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(written))
                .ShouldBe(Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(stored)), type.EventTypeName);
        }
    }
}
