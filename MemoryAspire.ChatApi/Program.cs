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

app.MapDefaultEndpoints();
app.MapOpenApi();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
    app.MapDevelopmentApi();
}

app.MapInfoApi();
app.MapChatApi();
app.MapSessionsApi();
app.MapMemoryApi();
app.MapSystemApi();
app.MapAdminApi();

app.Run();
