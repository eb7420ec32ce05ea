using Marten;
using VendorAdvisor.Api.Infrastructure.Security;

namespace VendorAdvisor.Api.Infrastructure.Storage;

/// The one seam between a request and the tenant's data. Every session is opened for exactly one tenant
/// and stamped with the caller and correlation id, so that every event records who caused it. Moving
/// tenants to separate databases (Marten's multi-database tenancy) changes the store's configuration,
/// not this class nor its callers.
public sealed class TenantSessions(IDocumentStore store, IHttpContextAccessor http)
{
    private HttpContext Context =>
        http.HttpContext ?? throw new InvalidOperationException("Tenant sessions are opened only while serving a request.");

    public Caller Caller => Caller.FromPrincipal(Context.User);

    /// Not a valid tenant id (tenant ids have no '*'), so a session bound to it can reach no tenant's data.
    private const string NoRequest = "*no-request*";

    /// A session for the caller's own tenant. FastEndpoints builds every endpoint once at start-up, outside
    /// any request, to read its configuration: that instance gets a session that can reach no data.
    public IDocumentSession OpenForCaller() =>
        http.HttpContext is null ? store.LightweightSession(NoRequest) : OpenFor(Caller.RequireTenant());

    /// A session for a tenant named by the route, used only by administration endpoints that have
    /// already checked that the caller may administer that tenant.
    public IDocumentSession OpenFor(string tenantId)
    {
        var session = store.LightweightSession(tenantId);
        session.LastModifiedBy = Caller.Actor;
        session.CorrelationId = Correlation.Of(Context);
        session.CausationId = Correlation.CausationOf(Context);
        return session;
    }

    public IQuerySession QueryForCaller() =>
        store.QuerySession(http.HttpContext is null ? NoRequest : Caller.RequireTenant());

    /// Documents that belong to no tenant: tenants themselves and the key index used to authenticate.
    public IDocumentSession OpenGlobal()
    {
        var session = store.LightweightSession();
        session.LastModifiedBy = Caller.Actor;
        session.CorrelationId = Correlation.Of(Context);
        return session;
    }
}

/// Lets endpoints take IDocumentSession / IQuerySession in their constructor and get the caller's tenant.
public sealed class CallerSessionFactory(TenantSessions sessions) : ISessionFactory
{
    public IQuerySession QuerySession() => sessions.QueryForCaller();

    public IDocumentSession OpenSession() => sessions.OpenForCaller();
}
