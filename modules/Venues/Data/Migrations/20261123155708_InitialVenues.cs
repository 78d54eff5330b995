using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Venues.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialVenues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "venues",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    qr_code_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    rooms = table.Column<string>(type: "text", nullable: false),
                    opening_intervals = table.Column<string>(type: "text", nullable: false),
                    has_fixed_place = table.Column<bool>(type: "boolean", nullable: false),
                    has_signage = table.Column<bool>(type: "boolean", nullable: false),
                    has_office_facilities = table.Column<bool>(type: "boolean", nullable: false),
                    has_publicity_displays = table.Column<bool>(type: "boolean", nullable: false),
                    archived = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_venues", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_venues_location",
                table: "venues",
                columns: new[] { "latitude", "longitude" });

            migrationBuilder.CreateIndex(
                name: "ix_venues_name",
                table: "venues",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_venues_unit_name",
                table: "venues",
                columns: new[] { "unit_id", "name" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "venues");
        }
    }
}
