using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Activities.Data.Migrations
{
    /// <inheritdoc />
    public partial class FeedRegionOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "listed",
                table: "activity_regions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "updated_at",
                table: "activity_regions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing rows take their activity's feed keys before the index is built.
            migrationBuilder.Sql("""
                UPDATE activity_regions AS r
                SET updated_at = a.updated_at, listed = a.is_public AND a.published_at IS NOT NULL
                FROM activities AS a
                WHERE a.id = r.activity_id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_activity_regions_feed",
                table: "activity_regions",
                columns: new[] { "unit_id", "listed", "updated_at", "activity_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_activity_regions_feed",
                table: "activity_regions");

            migrationBuilder.DropColumn(
                name: "listed",
                table: "activity_regions");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "activity_regions");
        }
    }
}
