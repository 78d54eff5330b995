using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Activities.Data;
using Platform.Activities.Domain;
using Platform.Hosting.Data;
using Platform.Hosting.Hierarchy;

namespace Platform.Activities.GraphQL;

/// <summary>
/// Takes one step of a project: the step must be legal in the project's stage (<see cref="ProjectLifecycle"/>), library
/// status (<see cref="ProjectLibrary"/>) or brand mark, the caller must be an organizer or a reviewer as the step needs,
/// then the project and one event are saved together under the project's version.
/// </summary>
internal static class ProjectStepping
{
    public static async Task<Project> TakeAsync(
        string id, ProjectAction action, string? note, ClaimsPrincipal? user, ActivitiesDbContext db, IUnitHierarchy hierarchy, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = UnitScope.EnsureSignedIn(user, "move a project");
        ActivityErrors.EnsureId(id, "a project");
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw ProjectErrors.NotFoundError(id);
        var text = ProjectRules.OptionalText(note, "note", ProjectRules.MaxNoteLength);

        string from;
        Action apply;
        if (ProjectLifecycle.IsLifecycleAction(action))
        {
            var next = ProjectLifecycle.Next(project.Stage, action) ?? throw NotAllowed(action, $"stage {project.Stage}");
            from = project.Stage.ToString();
            apply = () =>
            {
                project.Stage = next;
                project.Round += ProjectLifecycle.StartsRound(action) ? 1 : 0;
            };
        }
        else if (ProjectLibrary.IsLibraryAction(action))
        {
            var next = ProjectLibrary.Next(project.LibraryStatus, action) ?? throw NotAllowed(action, $"library status {project.LibraryStatus}");
            if (action == ProjectAction.Reject && text is null)
            {
                throw ActivityErrors.Create(ProjectErrors.ReasonRequired, "Rejecting a project from the library needs a reason (the note).");
            }

            from = project.LibraryStatus.ToString();
            apply = () =>
            {
                project.LibraryStatus = next;
                project.LibraryRejectionReason = action == ProjectAction.Reject ? text : null;
            };
        }
        else if (action is ProjectAction.DesignateBrand or ProjectAction.WithdrawBrand)
        {
            var brand = action == ProjectAction.DesignateBrand;
            if (brand && project.LibraryStatus != ProjectLibraryStatus.Admitted)
            {
                throw ActivityErrors.Create(ProjectErrors.NotAdmitted, "Only projects admitted to the project library become brand projects.");
            }

            if (project.IsBrand == brand)
            {
                throw NotAllowed(action, brand ? "a brand project" : "a project without the brand mark");
            }

            from = project.IsBrand ? "Brand" : "NotBrand";
            apply = () => project.IsBrand = brand;
        }
        else
        {
            throw NotAllowed(action, "an existing project");
        }

        if (ProjectLibrary.IsReviewerAction(action))
        {
            await ProjectAccess.EnsureReviewerAsync(caller, project.UnitId, $"take the step {action}", hierarchy, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await UnitScope.EnsureAdministersAsync(caller, project.UnitId, $"take the step {action}", hierarchy, cancellationToken).ConfigureAwait(false);
        }

        apply();
        var to = ProjectLifecycle.IsLifecycleAction(action) ? project.Stage.ToString()
            : ProjectLibrary.IsLibraryAction(action) ? project.LibraryStatus.ToString()
            : project.IsBrand ? "Brand" : "NotBrand";
        Record(db, project, action, from, to, caller, clock, text);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || UniqueViolation.Is(error))
        {
            throw ActivityErrors.Create(ProjectErrors.Conflict, $"Project \"{id}\" was changed by someone else at the same moment; reload it and try again.");
        }

        return project;
    }

    /// <summary>Bumps the version and adds the event for the step just applied.</summary>
    public static void Record(ActivitiesDbContext db, Project project, ProjectAction action, string? from, string to, ClaimsPrincipal caller, TimeProvider clock, string? note)
    {
        var now = clock.GetUtcNow();
        project.Version++;
        project.UpdatedAt = now;
        db.ProjectEvents.Add(new ProjectEvent
        {
            ProjectId = project.Id,
            Sequence = project.Version,
            Action = action,
            From = from,
            To = to,
            Round = project.Round,
            ActorSubject = caller.Subject() ?? "",
            At = now,
            Note = note,
        });
    }

    private static GraphQLError NotAllowed(ProjectAction action, string state) =>
        ActivityErrors.Create(ProjectErrors.StepNotAllowed, $"The step {action} is not allowed for {state}.");
}
