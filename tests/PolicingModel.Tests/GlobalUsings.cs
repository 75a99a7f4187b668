global using NodaTime;
global using PolicingModel.Reference;
global using PolicingModel.Samples;
