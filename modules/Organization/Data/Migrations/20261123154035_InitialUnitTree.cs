using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Organization.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialUnitTree : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    administrative_code = table.Column<string>(type: "character varying(12)", unicode: false, maxLength: 12, nullable: true),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    resident_population = table.Column<int>(type: "integer", nullable: true),
                    full_time_staff = table.Column<int>(type: "integer", nullable: true),
                    dedicated_managers = table.Column<int>(type: "integer", nullable: true),
                    pilot_level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    archived = table.Column<bool>(type: "boolean", nullable: false),
                    parent_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    path = table.Column<string>(type: "character varying(397)", unicode: false, maxLength: 397, nullable: false, collation: "C"),
                    depth = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.id);
                    table.ForeignKey(
                        name: "FK_org_units_org_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_name",
                table: "org_units",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_parent_name",
                table: "org_units",
                columns: new[] { "parent_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_path",
                table: "org_units",
                column: "path");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "org_units");
        }
    }
}
