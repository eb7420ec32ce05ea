namespace VendorAdvisor.Api.Infrastructure.Hosting;

/// Whether this node is on its way out. Read by the readiness check.
public sealed class NodeState
{
    private volatile bool draining;

    public bool Draining => draining;

    internal void StartDraining() => draining = true;
}

/// A node that is told to stop (SIGTERM, Ctrl+C) first reports not-ready for Shutdown:DrainSeconds
/// (default 5) while still serving everything, so that a proxy or orchestrator polling /health/ready
/// stops sending it work; keep-alive connections are closed after each response meanwhile, so that the
/// proxy opens new ones elsewhere. Then Kestrel stops accepting connections and lets the requests in
/// flight finish, within Shutdown:TimeoutSeconds (default 30). A refused connection is one a proxy can
/// retry on another node whatever the method, since the request never reached this one.
public sealed class GracefulShutdown(NodeState node, IConfiguration configuration, ILogger<GracefulShutdown> logger) : IHostedLifecycleService
{
    public static IServiceCollection AddGracefulShutdown(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<NodeState>();
        services.AddHostedService<GracefulShutdown>();
        services.Configure<HostOptions>(options => options.ShutdownTimeout =
            TimeSpan.FromSeconds(DrainSeconds(configuration) + configuration.GetValue("Shutdown:TimeoutSeconds", 30)));
        services.AddTransient<IStartupFilter, CloseConnectionsWhileDraining>();
        return services;
    }

    private static int DrainSeconds(IConfiguration configuration) => Math.Max(0, configuration.GetValue("Shutdown:DrainSeconds", 5));

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        node.StartDraining();
        var drain = DrainSeconds(configuration);
        logger.LogInformation("Stopping: not ready for {Seconds} s while still serving, then finishing requests in flight", drain);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(drain), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out: stop draining and let Kestrel wind down.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed class CloseConnectionsWhileDraining(NodeState node) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (node.Draining) context.Response.Headers.Connection = "close";
                return following(context);
            });
            next(app);
        };
    }
}

public static class GracefulShutdownSetup
{
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration) =>
        GracefulShutdown.AddGracefulShutdown(services, configuration);
}
