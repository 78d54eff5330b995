using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialVolunteers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "team_categories",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    groups = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_categories", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    national_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    real_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    party_member = table.Column<bool>(type: "boolean", nullable: false),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    home_unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    id_card_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    id_card_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    phone_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    points_balance = table.Column<long>(type: "bigint", nullable: false),
                    write_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers", x => x.id);
                    table.CheckConstraint("ck_volunteers_points_balance", "points_balance >= 0");
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    category_code = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    parent_team_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.id);
                    table.ForeignKey(
                        name: "FK_teams_team_categories_category_code",
                        column: x => x.category_code,
                        principalTable: "team_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_teams_teams_parent_team_id",
                        column: x => x.parent_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "points_entries",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    volunteer_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    balance_after = table.Column<long>(type: "bigint", nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    service_record_version_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_points_entries", x => x.id);
                    table.ForeignKey(
                        name: "FK_points_entries_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "service_records",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    record_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    previous_version_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    volunteer_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    service_date = table.Column<DateOnly>(type: "date", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    revoked = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_records", x => x.id);
                    table.CheckConstraint("ck_service_records_minutes", "minutes >= 0 AND minutes <= 1440");
                    table.ForeignKey(
                        name: "FK_service_records_service_records_previous_version_id",
                        column: x => x.previous_version_id,
                        principalTable: "service_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_service_records_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                columns: table => new
                {
                    team_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    volunteer_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_members", x => new { x.team_id, x.volunteer_id });
                    table.ForeignKey(
                        name: "FK_team_members_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_team_members_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_points_entries_volunteer_key",
                table: "points_entries",
                columns: new[] { "volunteer_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_records_volunteer_date",
                table: "service_records",
                columns: new[] { "volunteer_id", "service_date" });

            migrationBuilder.CreateIndex(
                name: "ux_service_records_previous_version",
                table: "service_records",
                column: "previous_version_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_service_records_record_version",
                table: "service_records",
                columns: new[] { "record_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_team_categories_unit_name",
                table: "team_categories",
                columns: new[] { "unit_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_members_volunteer",
                table: "team_members",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "IX_teams_category_code",
                table: "teams",
                column: "category_code");

            migrationBuilder.CreateIndex(
                name: "IX_teams_parent_team_id",
                table: "teams",
                column: "parent_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_unit",
                table: "teams",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_home_unit",
                table: "volunteers",
                column: "home_unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_volunteers_id_card_hash",
                table: "volunteers",
                column: "id_card_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_volunteers_national_number",
                table: "volunteers",
                column: "national_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "points_entries");

            migrationBuilder.DropTable(
                name: "service_records");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "volunteers");

            migrationBuilder.DropTable(
                name: "team_categories");
        }
    }
}
