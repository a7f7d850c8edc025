using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PurgeJobTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "payload",
                table: "jobs",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "payload",
                table: "jobs");
        }
    }
}
