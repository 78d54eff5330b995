using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Evaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    project_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    phone_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    replied_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", unicode: false, maxLength: 7, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ratings",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    project_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    score = table.Column<int>(type: "integer", nullable: false),
                    comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    rater = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    period = table.Column<string>(type: "character varying(7)", unicode: false, maxLength: 7, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ratings", x => x.id);
                    table.CheckConstraint("ck_ratings_score", "score BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "rubrics",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    province = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    notes = table.Column<string>(type: "text", nullable: false),
                    items = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rubrics", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    period = table.Column<string>(type: "character varying(7)", unicode: false, maxLength: 7, nullable: false),
                    rubric_code = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assessor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    return_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_assessments_rubrics_rubric_code",
                        column: x => x.rubric_code,
                        principalTable: "rubrics",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scores",
                columns: table => new
                {
                    assessment_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    standard_code = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: false),
                    score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    scored_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    scored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_scores", x => new { x.assessment_id, x.standard_code });
                    table.CheckConstraint("ck_assessment_scores_score", "score >= 0");
                    table.ForeignKey(
                        name: "FK_assessment_scores_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessments_rubric_code",
                table: "assessments",
                column: "rubric_code");

            migrationBuilder.CreateIndex(
                name: "ux_assessments_unit_period_rubric",
                table: "assessments",
                columns: new[] { "unit_id", "period", "rubric_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_messages_unit_period_kind",
                table: "messages",
                columns: new[] { "unit_id", "period", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_ratings_unit_period",
                table: "ratings",
                columns: new[] { "unit_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ux_ratings_subject_rater",
                table: "ratings",
                columns: new[] { "subject", "subject_id", "rater" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_scores");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "ratings");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "rubrics");
        }
    }
}
