namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// An example that costs something to build (it runs the engine), made when the OpenAPI document is first
/// asked for rather than at start-up, where every endpoint's summary is read before the first request is served.
public sealed class DeferredExample(Func<object> build)
{
    private readonly Lazy<object> example = new(build);

    public object Value => example.Value;

    /// The example itself, whether it was given as it is or deferred.
    public static object? Resolve(object? example) => example is DeferredExample deferred ? deferred.Value : example;
}
