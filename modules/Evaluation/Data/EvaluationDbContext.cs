using Microsoft.EntityFrameworkCore;
using Platform.Hosting.Data;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Evaluation.Domain;

namespace Platform.Evaluation.Data;

/// <summary>The Evaluation module's database: rubrics, assessments and their scores, ratings, and the complaint and suggestion box.</summary>
public sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    public const int MaxCodeLength = 40;
    public const int MaxSubjectLength = 200;

    public DbSet<Rubric> Rubrics => Set<Rubric>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<StandardScore> Scores => Set<StandardScore>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<FeedbackMessage> Messages => Set<FeedbackMessage>();

    /// <summary>SQLite cannot compare or order DateTimeOffset values; there they are stored as sortable 64-bit numbers.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var rubric = modelBuilder.Entity<Rubric>();
        rubric.ToTable("rubrics");
        rubric.HasKey(r => r.Code);
        rubric.Property(r => r.Code).HasColumnName("code").HasMaxLength(MaxCodeLength).IsUnicode(false);
        rubric.Property(r => r.Name).HasColumnName("name").HasMaxLength(200);
        rubric.Property(r => r.Province).HasColumnName("province").HasMaxLength(50);
        rubric.Property(r => r.Source).HasColumnName("source").HasMaxLength(200);
        rubric.Property(r => r.Notes).HasColumnName("notes").HasJsonConversion();
        rubric.Property(r => r.Items).HasColumnName("items").HasJsonConversion();
        rubric.Ignore(r => r.Standards);

        var assessment = modelBuilder.Entity<Assessment>();
        assessment.ToTable("assessments");
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        assessment.Property(a => a.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        assessment.Property(a => a.Period).HasColumnName("period").HasMaxLength(7).IsUnicode(false);
        assessment.Property(a => a.RubricCode).HasColumnName("rubric_code").HasMaxLength(MaxCodeLength).IsUnicode(false);
        assessment.Property(a => a.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.Assessor).HasColumnName("assessor").HasMaxLength(MaxSubjectLength);
        assessment.Property(a => a.ReturnReason).HasColumnName("return_reason").HasMaxLength(AssessmentTransitions.MaxReasonLength);
        assessment.Property(a => a.CreatedAt).HasColumnName("created_at");
        assessment.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        assessment.Property(a => a.SubmittedAt).HasColumnName("submitted_at");
        assessment.Property(a => a.ApprovedAt).HasColumnName("approved_at");
        assessment.Property(a => a.ApprovedBy).HasColumnName("approved_by").HasMaxLength(MaxSubjectLength);
        assessment.Property(a => a.Version).HasColumnName("version").IsConcurrencyToken();
        assessment.HasOne<Rubric>().WithMany().HasForeignKey(a => a.RubricCode).OnDelete(DeleteBehavior.Restrict);
        assessment.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        assessment.HasIndex(a => new { a.UnitId, a.Period, a.RubricCode }).IsUnique().HasDatabaseName("ux_assessments_unit_period_rubric");

        var score = modelBuilder.Entity<StandardScore>();
        score.ToTable("assessment_scores");
        score.HasKey(s => new { s.AssessmentId, s.StandardCode });
        score.Property(s => s.AssessmentId).HasColumnName("assessment_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        score.Property(s => s.StandardCode).HasColumnName("standard_code").HasMaxLength(MaxCodeLength).IsUnicode(false);
        score.Property(s => s.Score).HasColumnName("score").HasPrecision(6, 2);
        score.Property(s => s.Evidence).HasColumnName("evidence").HasMaxLength(ScoreRules.MaxEvidenceLength);
        score.Property(s => s.ScoredBy).HasColumnName("scored_by").HasMaxLength(MaxSubjectLength);
        score.Property(s => s.ScoredAt).HasColumnName("scored_at");
        score.ToTable(table => table.HasCheckConstraint("ck_assessment_scores_score", "score >= 0"));

        var rating = modelBuilder.Entity<Rating>();
        rating.ToTable("ratings");
        rating.HasKey(r => r.Id);
        rating.Property(r => r.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        rating.Property(r => r.Subject).HasColumnName("subject").HasConversion<string>().HasMaxLength(20);
        rating.Property(r => r.SubjectId).HasColumnName("subject_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        rating.Property(r => r.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        rating.Property(r => r.ProjectId).HasColumnName("project_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        rating.Property(r => r.Score).HasColumnName("score");
        rating.Property(r => r.Comment).HasColumnName("comment").HasMaxLength(FeedbackRules.MaxCommentLength);
        rating.Property(r => r.Rater).HasColumnName("rater").HasMaxLength(MaxSubjectLength);
        rating.Property(r => r.CreatedAt).HasColumnName("created_at");
        rating.Property(r => r.Period).HasColumnName("period").HasMaxLength(7).IsUnicode(false);
        rating.HasIndex(r => new { r.UnitId, r.Period }).HasDatabaseName("ix_ratings_unit_period");
        rating.HasIndex(r => new { r.Subject, r.SubjectId, r.Rater }).IsUnique().HasDatabaseName("ux_ratings_subject_rater");
        rating.ToTable(table => table.HasCheckConstraint("ck_ratings_score", "score BETWEEN 1 AND 5"));

        var message = modelBuilder.Entity<FeedbackMessage>();
        message.ToTable("messages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).HasColumnName("id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        message.Property(m => m.UnitId).HasColumnName("unit_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        message.Property(m => m.ProjectId).HasColumnName("project_id").HasMaxLength(EntityIds.Length).IsUnicode(false);
        message.Property(m => m.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Content).HasColumnName("content").HasMaxLength(FeedbackRules.MaxMessageLength);
        message.Property(m => m.PhoneCipher).HasColumnName("phone_cipher");
        message.Property(m => m.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Reply).HasColumnName("reply").HasMaxLength(MessageTransitions.MaxReplyLength);
        message.Property(m => m.RepliedBy).HasColumnName("replied_by").HasMaxLength(MaxSubjectLength);
        message.Property(m => m.CreatedAt).HasColumnName("created_at");
        message.Property(m => m.UpdatedAt).HasColumnName("updated_at");
        message.Property(m => m.Period).HasColumnName("period").HasMaxLength(7).IsUnicode(false);
        message.Property(m => m.Version).HasColumnName("version").IsConcurrencyToken();
        message.HasIndex(m => new { m.UnitId, m.Period, m.Kind }).HasDatabaseName("ix_messages_unit_period_kind");
    }
}
