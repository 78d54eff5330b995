namespace Platform.Federation.Subgraphs;

/// <summary>
/// Stops the program when the process that started it with a pipe on stdin goes away (the pipe closes). Stdin that is
/// a terminal or /dev/null (a background job of a script) is not watched, since its end says nothing about the parent.
/// </summary>
internal static class ParentWatch
{
    public static void StopWhenStdinPipeCloses(CancellationTokenSource stopping)
    {
        if (!IsPipe())
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await Console.OpenStandardInput().CopyToAsync(Stream.Null);
            }
            catch (IOException)
            {
            }

            stopping.Cancel();
        });
    }

    private static bool IsPipe()
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            return target is not null && (target.StartsWith("pipe:", StringComparison.Ordinal) || target.StartsWith("socket:", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
