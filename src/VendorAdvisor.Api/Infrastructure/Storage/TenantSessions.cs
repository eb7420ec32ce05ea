using Marten;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// The one seam between a request and the tenant's data. Every session is opened for exactly one tenant
/// and stamped with the caller and correlation id, so that every event records who caused it. Moving
/// tenants to separate databases (Marten's multi-database tenancy) changes the store's configuration,
/// not this class nor its callers: tenants spread over several databases by Marten's sharded tenancy, and
/// a session opened here goes to the caller's tenant's database.
public sealed class TenantSessions(IDocumentStore store, TenantRegistry registry, IHttpContextAccessor http)
{
    private HttpContext Context =>
        http.HttpContext ?? throw new InvalidOperationException("Tenant sessions are opened only while serving a request.");

    public Caller Caller => Caller.FromPrincipal(Context.User);

    /// Not a valid tenant id (tenant ids have no '*').
    private const string NoRequest = "*no-request*";

    /// A session for the caller's own tenant. FastEndpoints builds every endpoint once at start-up, outside
    /// any request, to read its configuration: that instance gets a session of the registry store, since
    /// asking the sharded store for an unknown tenant would place that tenant on a database. It never
    /// serves a request.
    public IDocumentSession OpenForCaller() =>
        http.HttpContext is null ? registry.Store.LightweightSession(NoRequest) : OpenFor(Caller.RequireTenant());

    /// A session for a tenant named by the route, used only by administration endpoints that have
    /// already checked that the caller may administer that tenant and that the registry knows it (the
    /// sharded store places any tenant id it is asked for).
    public IDocumentSession OpenFor(string tenantId)
    {
        var session = store.LightweightSession(tenantId);
        session.LastModifiedBy = Caller.Actor;
        session.CorrelationId = Correlation.Of(Context);
        session.CausationId = Correlation.CausationOf(Context);
        return session;
    }

    public IQuerySession QueryForCaller() =>
        http.HttpContext is null ? registry.Store.QuerySession(NoRequest) : store.QuerySession(Caller.RequireTenant());

    /// Documents that belong to no tenant (tenants themselves, API keys, published catalogs), in the
    /// registry database every node reads.
    public IDocumentSession OpenRegistry()
    {
        var session = registry.LightweightSession();
        session.LastModifiedBy = Caller.Actor;
        session.CorrelationId = Correlation.Of(Context);
        return session;
    }

    public IQuerySession QueryRegistry() => registry.QuerySession();
}

/// Lets endpoints take IDocumentSession / IQuerySession in their constructor and get the caller's tenant.
public sealed class CallerSessionFactory(TenantSessions sessions) : ISessionFactory
{
    public IQuerySession QuerySession() => sessions.QueryForCaller();

    public IDocumentSession OpenSession() => sessions.OpenForCaller();
}
