using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

public static class InfoApi
{
    public static IEndpointRouteBuilder MapInfoApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/info").WithTags("Info");
        api.MapGet("/", GetInfo).WithName("GetInfo").WithSummary("What this service is and which environment it runs in.");
        return app;
    }

    public static Ok<ServiceInfo> GetInfo(IHostEnvironment environment) =>
        TypedResults.Ok(new ServiceInfo(
            "chatapi",
            typeof(InfoApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            environment.EnvironmentName));
}
