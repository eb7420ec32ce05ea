System.Console.WriteLine("benchmarks come with the decision engine");
