using MemoryAspire.ChatApi;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseMemoryTenant();
app.UseAuthorization();
app.UseKnownCharsets();

app.MapDefaultEndpoints();
app.MapOpenApi();
var api = app.MapGroup("").RequireStorableText();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
    api.MapDevelopmentApi();
}

api.MapInfoApi();
api.MapChatApi();
api.MapSessionsApi();
api.MapMemoryApi();
api.MapSystemApi();
api.MapAdminApi();
api.MapOpenAiCompatibleApi();

app.Run();
