using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace VendorAdvisor.Api.Features.Audit;

/// Event positions as callers see them. The event store numbers events across all tenants, so a raw
/// sequence number would let one tenant count another's activity from the gaps. A position is shown
/// instead as one AES block holding the sequence and a tag of the tenant: opaque, ordered only through
/// the API, and meaningless (rejected) under another tenant.
public sealed class AuditCursor
{
    private readonly Aes aes;

    public AuditCursor(IConfiguration configuration)
    {
        // Derived from the system administrator key, the one secret every instance already shares, so that
        // a cursor from one instance works on another. Without that key (a development convenience), a
        // random key: cursors then last as long as the process.
        var secret = configuration["Admin:ApiKey"] is { Length: > 0 } key ? Encoding.UTF8.GetBytes(key) : RandomNumberGenerator.GetBytes(32);
        aes = Aes.Create();
        aes.Key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 16, info: "vendoradvisor audit cursor"u8.ToArray());
    }

    public string Encode(string tenantId, long sequence)
    {
        Span<byte> block = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(block, sequence);
        Tag(tenantId).CopyTo(block[8..]);
        return Base64Url.EncodeToString(aes.EncryptEcb(block, PaddingMode.None));
    }

    public bool TryDecode(string tenantId, string cursor, out long sequence)
    {
        sequence = 0;
        Span<byte> encrypted = stackalloc byte[16];
        if (cursor.Length != 22 || !Base64Url.TryDecodeFromChars(cursor, encrypted, out var written) || written != 16) return false;
        var block = aes.DecryptEcb(encrypted, PaddingMode.None);
        if (!CryptographicOperations.FixedTimeEquals(block.AsSpan(8), Tag(tenantId))) return false;
        sequence = BinaryPrimitives.ReadInt64BigEndian(block);
        return sequence >= 0;
    }

    private static byte[] Tag(string tenantId) => SHA256.HashData(Encoding.UTF8.GetBytes(tenantId))[..8];
}
