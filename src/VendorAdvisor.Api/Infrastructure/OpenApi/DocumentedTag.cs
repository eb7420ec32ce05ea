namespace VendorAdvisor.Api.Infrastructure.OpenApi;

/// The tag an endpoint is documented under when it is not its folder's area, declared beside the endpoint with
/// `Options(route => route.WithMetadata(new DocumentedTag("Audit")))`. Not ASP.NET Core's WithTags: Swashbuckle
/// would also sort the operation by it, and move it in the document.
public sealed record DocumentedTag(string Name);
