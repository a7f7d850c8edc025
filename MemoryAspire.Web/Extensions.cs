namespace MemoryAspire.Web;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient<ChatApiClient>(client => client.BaseAddress = new("https+http://chatapi"));
        return builder;
    }
}
