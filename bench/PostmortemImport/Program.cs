using Hindsight.Bench.PostmortemImport;

return ImportEvaluation.Run(args, Console.Out);
