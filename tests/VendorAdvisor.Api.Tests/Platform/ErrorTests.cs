using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace VendorAdvisor.Api.Tests.Platform;

[Collection(ApiTests.Name)]
public sealed class ErrorTests(ApiFixture api)
{
    [Fact]
    public async Task Malformed_json_is_400_problem_details()
    {
        var response = await api.SystemAdmin().PostAsync("/v1/admin/tenants",
            new StringContent("{\"id\": \"abc\", ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await api.SystemAdmin().PostAsync("/v1/admin/tenants",
            new StringContent("id=abc&name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(415);
    }

    [Fact]
    public async Task A_body_over_the_documented_limit_is_413_and_creates_nothing()
    {
        var id = ApiFixture.NewTenantId();
        var body = $"{{\"id\":\"{id}\",\"name\":\"{new string('x', 300 * 1024)}\"}}";

        var response = await api.SystemAdmin().PostAsync("/v1/admin/tenants", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(413);
        await (await api.SystemAdmin().GetAsync($"/v1/admin/tenants/{id}")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task An_unknown_route_is_404_problem_details()
    {
        await (await api.SystemAdmin().GetAsync("/v1/no-such-thing")).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task A_wrong_method_is_405_problem_details()
    {
        await (await api.SystemAdmin().PutAsJsonAsync("/v1/admin/tenants", new { })).ShouldBeProblemAsync(405);
    }

    [Fact]
    public async Task An_unhandled_exception_is_500_with_a_trace_id_and_no_internals()
    {
        using var failing = api.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new BrokenClock())));
        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiFixture.SystemAdminKey);

        var response = await client.PostAsJsonAsync("/v1/admin/tenants", new { id = ApiFixture.NewTenantId(), name = "Boom" });

        var problem = await response.ShouldBeProblemAsync(500);
        var text = problem.ToJsonString();
        text.ShouldNotContain(BrokenClock.Message);
        text.ShouldNotContain("BrokenClock");
        text.ShouldNotContain(".cs:line");
    }

    [Fact]
    public async Task The_correlation_id_is_echoed_or_made_up()
    {
        var client = api.Anonymous();
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-Id", "case-4711");

        var echoed = await client.SendAsync(request);
        var made = await client.GetAsync("/health/live");

        echoed.Headers.GetValues("X-Correlation-Id").ShouldBe(["case-4711"]);
        made.Headers.GetValues("X-Correlation-Id").Single().ShouldNotBeNullOrWhiteSpace();
    }

    private sealed class BrokenClock : TimeProvider
    {
        public const string Message = "clock secret internals";

        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException(Message);
    }
}
