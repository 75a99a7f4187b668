using PolicingModel.Cli;

// A thin front end: the verbs only read files and print; every piece of logic lives in the library.
return Verbs.Run(args, Console.Out, Console.Error);
