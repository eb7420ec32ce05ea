// Generates the C# clients an integrator would, from the live OpenAPI document, with NSwag 14.8.0:
//   dotnet run --project clients/csharp/Generator -- <document url or file> <output folder>
// writes VendorAdvisorClient.NewtonsoftJson.cs and VendorAdvisorClient.SystemTextJson.cs. The settings below
// are the ones an integrator needs; each departure from NSwag's defaults says why.
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Generator <document url or file> <output folder>");
    return 2;
}

var document = args[0].StartsWith("http", StringComparison.OrdinalIgnoreCase)
    ? await OpenApiDocument.FromUrlAsync(args[0])
    : await OpenApiDocument.FromFileAsync(args[0]);
Directory.CreateDirectory(args[1]);

foreach (var library in new[] { CSharpJsonLibrary.NewtonsoftJson, CSharpJsonLibrary.SystemTextJson })
{
    var settings = new CSharpClientGeneratorSettings
    {
        ClassName = "VendorAdvisorClient",
        // Method names from the document's operation ids: CreateProfileAsync, UpdateProfileAsync...
        OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        // Needed: without it a client cannot read response headers, and PATCH needs the ETag from GET.
        WrapResponses = true,
        // The base address comes from the HttpClient the caller configures.
        UseBaseUrl = false,
        CSharpGeneratorSettings =
        {
            Namespace = "VendorAdvisor.Client",
            JsonLibrary = library,
            // Needed for System.Text.Json: from 9.0 enum members carry [JsonStringEnumMemberName("social-commerce")],
            // which System.Text.Json honours; below it they carry [EnumMember], which it ignores, so kebab-case
            // values in responses ("mainland-china") would fail to read.
            JsonLibraryVersion = 9.0m,
            GenerateNullableReferenceTypes = true,
        },
    };
    var code = new CSharpClientGenerator(document, settings).GenerateFile();
    var path = Path.Combine(args[1], $"VendorAdvisorClient.{library}.cs");
    await File.WriteAllTextAsync(path, code);
    Console.WriteLine($"{path}: {code.Length} characters");
}
return 0;
