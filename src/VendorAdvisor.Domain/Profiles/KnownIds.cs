using System.Collections.ObjectModel;
using System.Text.Json;

namespace VendorAdvisor.Domain.Profiles;

/// <summary>The ids and enum spellings validators need, in the exact form the JSON uses.</summary>
public static class KnownIds
{
    public const string AlibabaCloud = "alibaba-cloud";
    public const string HuaweiCloud = "huawei-cloud";
    public const string TencentCloud = "tencent-cloud";
    public const string AwsChina = "aws-china";

    public const string Localization = "localization";
    public const string Price = "price";
    public const string Latency = "latency";
    public const string PaymentIntegration = "payment-integration";
    public const string RegulatoryAlignment = "regulatory-alignment";
    public const string MultinationalFootprint = "multinational-footprint";

    public const double MinPriority = 0;
    public const double MaxPriority = 5;

    public static ReadOnlyCollection<string> Vendors { get; } = new([AlibabaCloud, HuaweiCloud, TencentCloud, AwsChina]);

    public static ReadOnlyCollection<string> Criteria { get; } =
        new([Localization, Price, Latency, PaymentIntegration, RegulatoryAlignment, MultinationalFootprint]);

    public static ReadOnlyCollection<string> Sectors { get; } = Names<Sector>();
    public static ReadOnlyCollection<string> Origins { get; } = Names<Origin>();
    public static ReadOnlyCollection<string> Regions { get; } = Names<Region>();
    public static ReadOnlyCollection<string> CloudProviders { get; } = Names<CloudProvider>();
    public static ReadOnlyCollection<string> DataCategories { get; } = Names<DataCategory>();
    public static ReadOnlyCollection<string> Sensitivities { get; } = Names<Sensitivity>();
    public static ReadOnlyCollection<string> Methods { get; } = Names<Scoring.McdaMethod>();

    /// <summary>The JSON spelling of an enum value (e.g. SocialCommerce → "social-commerce").</summary>
    public static string JsonName<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, DomainJson.Options).Trim('"');

    private static ReadOnlyCollection<string> Names<TEnum>() where TEnum : struct, Enum =>
        new(Enum.GetValues<TEnum>().Select(JsonName).ToArray());
}
