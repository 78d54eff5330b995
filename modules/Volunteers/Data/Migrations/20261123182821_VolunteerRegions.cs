using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "has_hours",
                table: "volunteers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "volunteer_regions",
                columns: table => new
                {
                    volunteer_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    party_member = table.Column<bool>(type: "boolean", nullable: false),
                    has_hours = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_regions", x => new { x.volunteer_id, x.unit_id });
                    table.ForeignKey(
                        name: "FK_volunteer_regions_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_regions_unit_flags",
                table: "volunteer_regions",
                columns: new[] { "unit_id", "has_hours", "party_member" });

            // Volunteers registered before this migration: the flag from their records, and their home unit as their only
            // region (the migration cannot read the Organization module's tree; moving or re-registering captures the rest).
            migrationBuilder.Sql("""
                UPDATE volunteers v SET has_hours = EXISTS (
                    SELECT 1 FROM service_records r
                    WHERE r.volunteer_id = v.id AND NOT r.revoked AND r.minutes > 0
                      AND NOT EXISTS (SELECT 1 FROM service_records n WHERE n.previous_version_id = r.id));
                INSERT INTO volunteer_regions (volunteer_id, unit_id, party_member, has_hours)
                SELECT id, home_unit_id, party_member, has_hours FROM volunteers;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "volunteer_regions");

            migrationBuilder.DropColumn(
                name: "has_hours",
                table: "volunteers");
        }
    }
}
