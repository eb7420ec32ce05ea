using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace VendorAdvisor.Api.Infrastructure.Security;

/// Tenant keys look like <c>va_{keyId:N}_{secret}</c>: the id finds the stored record in one lookup, the
/// 256-bit secret is compared by hash. Only the SHA-256 of the secret is stored: with that much entropy a
/// slow password hash would add latency to every request and no security.
public static class ApiKeySecret
{
    private const string Prefix = "va_";
    private const int IdLength = 32;

    public static (string Key, byte[] Hash) Create(Guid keyId)
    {
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}{keyId:N}_{secret}", Hash(secret));
    }

    public static bool TryParse(string key, out Guid keyId, out string secret)
    {
        keyId = Guid.Empty;
        secret = "";
        if (key.Length < Prefix.Length + IdLength + 2 || !key.StartsWith(Prefix, StringComparison.Ordinal)
            || key[Prefix.Length + IdLength] != '_'
            || !Guid.TryParseExact(key.AsSpan(Prefix.Length, IdLength), "N", out keyId))
        {
            return false;
        }
        secret = key[(Prefix.Length + IdLength + 1)..];
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(byte[] storedHash, string secret) =>
        CryptographicOperations.FixedTimeEquals(storedHash, Hash(secret));
}
