using Hindsight.Cli;

StartupJitProfile.Start(args);
return HindsightApp.Run(args, Console.Out, Console.Error);
