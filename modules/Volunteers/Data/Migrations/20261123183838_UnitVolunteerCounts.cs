using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitVolunteerCounts : Migration
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
                name: "home_unit_counts",
                columns: table => new
                {
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    registered = table.Column<int>(type: "integer", nullable: false),
                    with_hours = table.Column<int>(type: "integer", nullable: false),
                    party_members = table.Column<int>(type: "integer", nullable: false),
                    party_members_with_hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_home_unit_counts", x => x.unit_id);
                });

            migrationBuilder.CreateTable(
                name: "unit_ancestors",
                columns: table => new
                {
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    ancestor_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_ancestors", x => new { x.ancestor_id, x.unit_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_unit_ancestors_unit",
                table: "unit_ancestors",
                column: "unit_id");

            // Volunteers registered before this migration: the flag from their records, their home units' counts, and each
            // home unit as its own only ancestor (a migration cannot read the Organization module's tree; the next
            // registration with or move to a unit captures its ancestors).
            migrationBuilder.Sql("""
                UPDATE volunteers v SET has_hours = EXISTS (
                    SELECT 1 FROM service_records r
                    WHERE r.volunteer_id = v.id AND NOT r.revoked AND r.minutes > 0
                      AND NOT EXISTS (SELECT 1 FROM service_records n WHERE n.previous_version_id = r.id));
                INSERT INTO home_unit_counts (unit_id, registered, with_hours, party_members, party_members_with_hours)
                SELECT home_unit_id, count(*), count(*) FILTER (WHERE has_hours), count(*) FILTER (WHERE party_member),
                       count(*) FILTER (WHERE party_member AND has_hours)
                FROM volunteers GROUP BY home_unit_id;
                INSERT INTO unit_ancestors (ancestor_id, unit_id) SELECT DISTINCT home_unit_id, home_unit_id FROM volunteers;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "home_unit_counts");

            migrationBuilder.DropTable(
                name: "unit_ancestors");

            migrationBuilder.DropColumn(
                name: "has_hours",
                table: "volunteers");
        }
    }
}
