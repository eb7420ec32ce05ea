using System.Security.Cryptography;
using System.Text;
using JasperFx.Events;

namespace VendorAdvisor.Api.Features.Catalog;

/// The tenant's overrides. The version of the stream's last event is the tenant's catalog revision; it is
/// recorded from the events themselves rather than left to Marten's Version convention, which this
/// aggregate did not get.
public sealed class TenantCatalog
{
    public Guid Id { get; set; }
    public long Revision { get; set; }
    public Dictionary<string, AssessmentOverridden> Overrides { get; set; } = [];

    public static TenantCatalog Create(IEvent<AssessmentOverridden> first)
    {
        var catalog = new TenantCatalog { Id = first.StreamId };
        catalog.Apply(first);
        return catalog;
    }

    public void Apply(IEvent<AssessmentOverridden> change)
    {
        Overrides[Key(change.Data.Vendor, change.Data.Criterion)] = change.Data;
        Revision = change.Version;
    }

    public void Apply(IEvent<AssessmentOverrideRemoved> change)
    {
        Overrides.Remove(Key(change.Data.Vendor, change.Data.Criterion));
        Revision = change.Version;
    }

    public static string Key(string vendor, string criterion) => $"{vendor}/{criterion}";

    /// One stream per tenant, at an id derived from the tenant so that no lookup is needed to find it.
    public static Guid StreamId(string tenantId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("tenant-catalog:" + tenantId)).AsSpan(0, 16));
}
