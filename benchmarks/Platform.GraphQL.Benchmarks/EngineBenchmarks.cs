using BenchmarkDotNet.Attributes;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Benchmarks;

/// <summary>Parse, validate and execute of the workload operation; graphql-js runs the same in benchmarks/graphql-js/bench.mjs.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Workload _workload = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Load();
        var errors = Validator.Validate(_workload.Schema, _workload.Document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Workload does not validate: " + errors[0].Message);
        }

        var result = Execute();
        if (result.Errors is { Count: > 0 })
        {
            throw new InvalidOperationException("Workload does not execute: " + result.Errors[0].Message);
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_workload.Query);

    [Benchmark]
    public int Validate() => Validator.Validate(_workload.Schema, _workload.Document).Count;

    [Benchmark]
    public ExecutionResult Execute() => Executor.ExecuteAsync(new ExecutionRequest
    {
        Schema = _workload.Schema,
        Document = _workload.Document,
        VariableValues = _workload.Variables,
        RootValue = _workload.RootValue,
    }).GetAwaiter().GetResult();
}
