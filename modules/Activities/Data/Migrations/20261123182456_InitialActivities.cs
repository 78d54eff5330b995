using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Activities.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    content = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    service_kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    organizing_unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    venue_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    team_ids = table.Column<string>(type: "text", nullable: false),
                    starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_public = table.Column<bool>(type: "boolean", nullable: false),
                    picture_urls = table.Column<string>(type: "text", nullable: false),
                    participant_count = table.Column<int>(type: "integer", nullable: false),
                    sign_up_count = table.Column<int>(type: "integer", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    check_in_code = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "projects",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    content = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    team_ids = table.Column<string>(type: "text", nullable: false),
                    stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    library_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    library_rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    is_brand = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_orders",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    citizen_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    origin_unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    need = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    content = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    wished_time = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    assignee_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    assignee_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    rating_comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reward_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reward_points = table.Column<int>(type: "integer", nullable: true),
                    placed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_orders", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activity_regions",
                columns: table => new
                {
                    activity_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_regions", x => new { x.unit_id, x.activity_id });
                    table.ForeignKey(
                        name: "FK_activity_regions_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_sign_ups",
                columns: table => new
                {
                    activity_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    volunteer_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    signed_up_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    checked_in_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    checked_out_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    service_record_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recorded_minutes = table.Column<int>(type: "integer", nullable: true),
                    record_error_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    record_error_message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_sign_ups", x => new { x.activity_id, x.volunteer_id });
                    table.ForeignKey(
                        name: "FK_activity_sign_ups_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_teams",
                columns: table => new
                {
                    activity_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    team_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_teams", x => new { x.team_id, x.activity_id });
                    table.ForeignKey(
                        name: "FK_activity_teams_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    project_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_project_events_projects_project_id",
                        column: x => x.project_id,
                        principalTable: "projects",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_order_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    order_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    from_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    to_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_order_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_service_order_history_service_orders_order_id",
                        column: x => x.order_id,
                        principalTable: "service_orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_feed",
                table: "activities",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_unit_start",
                table: "activities",
                columns: new[] { "organizing_unit_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_regions_activity",
                table: "activity_regions",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_sign_ups_volunteer",
                table: "activity_sign_ups",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "IX_activity_teams_activity_id",
                table: "activity_teams",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ux_project_events_sequence",
                table: "project_events",
                columns: new[] { "project_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_projects_library_status",
                table: "projects",
                columns: new[] { "library_status", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_projects_unit_name",
                table: "projects",
                columns: new[] { "unit_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ux_service_order_history_sequence",
                table: "service_order_history",
                columns: new[] { "order_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_orders_assignee",
                table: "service_orders",
                columns: new[] { "assignee_kind", "assignee_id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_orders_citizen",
                table: "service_orders",
                columns: new[] { "citizen_subject", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_service_orders_status",
                table: "service_orders",
                columns: new[] { "status", "placed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_service_orders_unit_status",
                table: "service_orders",
                columns: new[] { "unit_id", "status", "placed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_regions");

            migrationBuilder.DropTable(
                name: "activity_sign_ups");

            migrationBuilder.DropTable(
                name: "activity_teams");

            migrationBuilder.DropTable(
                name: "project_events");

            migrationBuilder.DropTable(
                name: "service_order_history");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "projects");

            migrationBuilder.DropTable(
                name: "service_orders");
        }
    }
}
