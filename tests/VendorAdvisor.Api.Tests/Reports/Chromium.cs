using System.Diagnostics;
using PuppeteerSharp;

namespace VendorAdvisor.Api.Tests.Reports;

/// Debian's Chromium, driven headless through the DevTools protocol. Installed with apt-get when missing (the
/// machines run as root; elsewhere through sudo), never downloaded by the test library.
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static async Task<IBrowser> LaunchAsync(string userDataDir)
    {
        await EnsureInstalledAsync();
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            UserDataDir = userDataDir,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
            ],
        });
    }

    private static async Task EnsureInstalledAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(Path)) return;
            var sudo = Environment.UserName == "root" ? "" : "sudo -n ";
            await RunAsync($"{sudo}apt-get update -qq && {sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium");
            File.Exists(Path).ShouldBeTrue($"{Path} is still missing after apt-get install chromium");
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task RunAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{command}\n{await output}\n{await error}");
    }
}
