using Hindsight.Cli;

return HindsightApp.Run(args, Console.Out, Console.Error);
