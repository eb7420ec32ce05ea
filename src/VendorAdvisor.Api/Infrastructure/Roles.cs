namespace VendorAdvisor.Api.Infrastructure;

/// What a key may do. Tenant keys carry one of the first three; the system administrator key,
/// configured outside the database, carries the last and belongs to no tenant.
public enum KeyRole
{
    Admin,
    Consultant,
    Auditor,
}

public static class Role
{
    public const string Admin = "admin";
    public const string Consultant = "consultant";
    public const string Auditor = "auditor";
    public const string SystemAdmin = "system-admin";

    public static string Name(KeyRole role) => role switch
    {
        KeyRole.Admin => Admin,
        KeyRole.Consultant => Consultant,
        KeyRole.Auditor => Auditor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// Everyone with a tenant key may read.
    public static readonly string[] Readers = [Admin, Consultant, Auditor];

    /// Consultants and tenant admins change client data; auditors never write.
    public static readonly string[] Writers = [Admin, Consultant];
}
