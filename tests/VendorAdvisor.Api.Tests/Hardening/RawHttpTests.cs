using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using VendorAdvisor.Api.Infrastructure.Errors;

namespace VendorAdvisor.Api.Tests.Hardening;

/// Requests that HttpClient will not send, written byte by byte to a real Kestrel socket: what the pipeline
/// refuses with problem details, and what only Kestrel can answer (README, Errors).
[Collection(ApiTests.Name)]
public sealed class RawHttpTests(RawHttpTests.KestrelHost host) : IClassFixture<RawHttpTests.KestrelHost>
{
    /// One API on a real loopback socket for the whole class (the collection's fixture serves in memory).
    public sealed class KestrelHost : IDisposable
    {
        private readonly WebApplicationFactory<Program> factory;

        public KestrelHost(ApiFixture api)
        {
            api.ShouldNotBeNull(); // the collection's fixture has set the connection string and the admin key
            factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseEnvironment("Testing"));
            factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0)); // a free port: parallel runs must not collide
            factory.StartServer();
            using var client = factory.CreateClient();
            Port = client.BaseAddress!.Port;
        }

        public int Port { get; }

        public void Dispose() => factory.Dispose();
    }

    private sealed record RawResponse(int Status, string Head, string Body)
    {
        public bool IsProblemJson => Head.Contains("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase);
    }

    /// Sends the bytes, reads until the server closes the connection (every request here asks it to, or is one
    /// Kestrel closes on), and splits the answer; a chunked body is joined back.
    private async Task<RawResponse> SendAsync(byte[] request)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(System.Net.IPAddress.Loopback, host.Port, timeout.Token);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // Kestrel may reset a connection it refused once its answer is out; what arrived is kept.
        }
        var text = Encoding.Latin1.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        split.ShouldBeGreaterThan(0, $"an HTTP answer, got: {text}");
        var head = text[..split];
        var body = text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Unchunk(body);
        return new RawResponse(int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, body);
    }

    private static string Unchunk(string chunked)
    {
        var body = new StringBuilder();
        var position = 0;
        while (true)
        {
            var end = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[position..end], 16);
            if (size == 0) return body.ToString();
            body.Append(chunked, end + 2, size);
            position = end + 2 + size + 2;
        }
    }

    private static byte[] Get(string target, IEnumerable<string>? headers = null) => Encoding.Latin1.GetBytes(
        $"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{string.Concat((headers ?? []).Select(header => header + "\r\n"))}\r\n");

    private static IEnumerable<string> Lines(int count) => Enumerable.Range(0, count).Select(i => $"X-Line-{i}: v");

    [Fact]
    public async Task More_header_lines_than_the_documented_limit_get_431_problem_json()
    {
        // Host and Connection are two of the lines.
        var refused = await SendAsync(Get("/v1/vendors", Lines(RequestGuards.MaxHeaderCount - 1)));
        refused.Status.ShouldBe(431);
        refused.IsProblemJson.ShouldBeTrue(refused.Head);
        var problem = JsonNode.Parse(refused.Body)!.AsObject();
        ((int)problem["status"]!).ShouldBe(431);
        ((string)problem["detail"]!).ShouldContain($"{RequestGuards.MaxHeaderCount} header lines");

        var atTheLimit = await SendAsync(Get("/v1/vendors", Lines(RequestGuards.MaxHeaderCount - 2)));
        atTheLimit.Status.ShouldBe(401, "a request within the limit goes on to authentication");
        atTheLimit.IsProblemJson.ShouldBeTrue();
    }

    [Fact]
    public async Task Repeated_lines_of_one_header_count_one_by_one()
    {
        var refused = await SendAsync(Get("/v1/vendors", Enumerable.Repeat("X-Forwarded-For: 10.0.0.1", RequestGuards.MaxHeaderCount)));

        refused.Status.ShouldBe(431);
        refused.IsProblemJson.ShouldBeTrue(refused.Head);
    }

    [Fact]
    public async Task A_url_and_headers_over_the_documented_sizes_get_414_and_431_problem_json()
    {
        var url = await SendAsync(Get("/v1/vendors?search=" + new string('a', RequestGuards.MaxUrlBytes)));
        url.Status.ShouldBe(414);
        url.IsProblemJson.ShouldBeTrue(url.Head);
        var headers = await SendAsync(Get("/v1/vendors", ["X-Padding: " + new string('h', RequestGuards.MaxHeaderBytes)]));
        headers.Status.ShouldBe(431);
        headers.IsProblemJson.ShouldBeTrue(headers.Head);
    }

    /// Kestrel hands these to the application (it refuses only NUL); no route holds a control character, so they
    /// would answer 404 as an unknown path: they are malformed, and answer 400 naming the path.
    [Theory]
    [InlineData("/v1/ven\u0001dors")]
    [InlineData("/v1/vendors/aws\u001f")]
    [InlineData("/v1/vendors/aws\u007f")]
    [InlineData("/v1/vendors/%01")]
    [InlineData("/v1/vendors/a%0Ab")]
    public async Task A_control_character_in_the_path_gets_400_problem_json(string target)
    {
        var response = await SendAsync(Get(target));

        response.Status.ShouldBe(400, response.Body);
        response.IsProblemJson.ShouldBeTrue(response.Head);
        var problem = JsonNode.Parse(response.Body)!.AsObject();
        ((string)problem["errors"]![0]!["name"]!).ShouldBe("path");
        ((string)problem["errors"]![0]!["reason"]!).ShouldContain("control character");
    }

    /// What README's Errors section lists as answered by Kestrel alone, before any application code: a bare
    /// status with an empty body. Should one of these start reaching the pipeline, this fails and the README
    /// changes with it.
    public static TheoryData<string, byte[], int> KestrelOnly => new()
    {
        { "a request line that is not HTTP", "GARBAGE\r\n\r\n"u8.ToArray(), 400 },
        { "a TLS handshake on the plain port", [0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, .. new byte[40]], 400 },
        { "an HTTP version other than 1.x", "GET /v1/vendors HTTP/9.9\r\nHost: localhost\r\n\r\n"u8.ToArray(), 505 },
        { "%00 in the path", Get("/v1/vendors/%00"), 400 },
        { "a raw NUL byte in the path", Get("/v1/ven\0dors"), 400 },
        { "a header line without a colon", Get("/v1/vendors", ["NoColon"]), 400 },
        { "no Host header in HTTP/1.1", "GET /v1/vendors HTTP/1.1\r\nConnection: close\r\n\r\n"u8.ToArray(), 400 },
        { "two Host headers", Get("/v1/vendors", ["Host: other"]), 400 },
        { "a Content-Length that is not a number", "POST /v1/profiles HTTP/1.1\r\nHost: localhost\r\nContent-Length: ten\r\n\r\n"u8.ToArray(), 400 },
        { "a URL over Kestrel's backstop", Get("/v1/vendors?search=" + new string('a', RequestGuards.KestrelMaxRequestLineBytes)), 414 },
        { "headers over Kestrel's backstop", Get("/v1/vendors", ["X-Padding: " + new string('h', RequestGuards.KestrelMaxHeaderBytes)]), 431 },
        { "more header lines than Kestrel's backstop", Get("/v1/vendors", Lines(RequestGuards.KestrelMaxHeaderCount)), 431 },
    };

    [Theory]
    [MemberData(nameof(KestrelOnly))]
    public async Task Requests_kestrel_cannot_hand_to_the_application_get_a_bare_status(string what, byte[] request, int status)
    {
        var response = await SendAsync(request);

        response.Status.ShouldBe(status, what);
        response.Body.ShouldBeEmpty(what);
        response.IsProblemJson.ShouldBeFalse(what);
    }
}
