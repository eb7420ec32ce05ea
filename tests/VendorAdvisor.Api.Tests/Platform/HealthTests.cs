using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace VendorAdvisor.Api.Tests.Platform;

[Collection(ApiTests.Name)]
public sealed class HealthTests(ApiFixture api)
{
    [Fact]
    public async Task Live_and_ready_answer_200_without_a_key_when_postgres_answers()
    {
        (await api.Anonymous().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await api.Anonymous().GetFromJsonAsync<JsonObject>("/health/ready");
        ((string)ready!["status"]!).ShouldBe("ready");
    }

    [Fact]
    public async Task Ready_is_503_when_postgres_does_not_answer()
    {
        // Port 1 on loopback: nothing listens there, so the check meets a real refused connection.
        using var unreachable = api.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2"))));

        var response = await unreachable.CreateClient().GetAsync("/health/ready");

        await response.ShouldBeProblemAsync(503);
    }
}
