using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RejectedFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "rejection_reason",
                table: "facts",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "rejection_reason",
                table: "facts");
        }
    }
}
